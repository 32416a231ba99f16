import { Play, Rocket, Square, Undo2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentSummary } from '../../../../contracts/index.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { useManageDeployment } from '../api/manage-deployment.js';
import { useRunDeployment } from '../api/run-deployment.js';
import { isOnTheWay } from '../lib/pick-deployments.js';
import { DeploymentInProgress } from './deployment-in-progress.js';

type Confirming = 'stop' | 'rollback' | 'redeploy' | null;

/**
 * Restart, stop, roll back and redeploy one platform's deployment. Stopping, rolling back and redeploying
 * are confirmed first; every action refreshes the tenant's queries when it settles.
 */
export function DeploymentActions({
  tenantId,
  deployment,
}: {
  tenantId: string;
  deployment: DeploymentSummary;
}) {
  const { t } = useTranslation();
  const platformId = deployment.platformId;
  const [confirming, setConfirming] = useState<Confirming>(null);
  const restart = useManageDeployment(tenantId, platformId, 'restart');
  const stop = useManageDeployment(tenantId, platformId, 'stop');
  const rollback = useRunDeployment(tenantId, platformId, 'rollback');
  const redeploy = useRunDeployment(tenantId, platformId, 'deploy');
  const busy =
    restart.isPending || stop.isPending || rollback.isPending || redeploy.isPending || isOnTheWay(deployment);
  const canStop = ['live', 'restarting', 'crash_looping', 'starting'].includes(deployment.status);
  const running = rollback.isPending ? rollback : redeploy.isPending ? redeploy : null;
  const close = () => setConfirming(null);

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" variant="outline" disabled={busy} onClick={() => restart.mutate(deployment.id)}>
          <Play aria-hidden="true" />
          {t('deployments.restart')}
        </Button>
        <Button size="sm" variant="outline" disabled={busy || !canStop} onClick={() => setConfirming('stop')}>
          <Square aria-hidden="true" />
          {t('deployments.stop')}
        </Button>
        <Button size="sm" variant="outline" disabled={busy} onClick={() => setConfirming('rollback')}>
          <Undo2 aria-hidden="true" />
          {t('deployments.rollback')}
        </Button>
        <Button size="sm" disabled={busy} onClick={() => setConfirming('redeploy')}>
          <Rocket aria-hidden="true" />
          {t('deployments.redeploy')}
        </Button>
      </div>
      {[restart, stop, rollback, redeploy].map((action, index) =>
        action.isError ? (
          <ProblemAlert key={index} error={action.error} message={t('deployments.actionFailed')} />
        ) : null,
      )}
      {running ? <DeploymentInProgress version={null} steps={running.steps} /> : null}
      <ConfirmDialog
        open={confirming === 'stop'}
        title={t('deployments.stopTitle')}
        body={t('deployments.stopBody')}
        confirmLabel={t('deployments.stop')}
        pending={stop.isPending}
        error={stop.isError ? stop.error : null}
        onConfirm={() => stop.mutate(deployment.id, { onSuccess: close })}
        onClose={close}
      />
      <ConfirmDialog
        open={confirming === 'rollback'}
        title={t('deployments.rollbackTitle')}
        body={t('deployments.rollbackBody')}
        confirmLabel={t('deployments.rollback')}
        pending={rollback.isPending}
        error={null}
        onConfirm={() => {
          close();
          rollback.mutate({});
        }}
        onClose={close}
      />
      <ConfirmDialog
        open={confirming === 'redeploy'}
        title={t('deployments.redeployTitle')}
        body={t('deployments.redeployBody')}
        confirmLabel={t('deployments.redeploy')}
        pending={redeploy.isPending}
        error={null}
        onConfirm={() => {
          close();
          redeploy.mutate({});
        }}
        onClose={close}
      />
    </div>
  );
}
