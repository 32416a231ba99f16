import { Info, Play, Rocket } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentSummary } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import '../strings-registered.js';
import { useDeployment } from '../api/get-deployment.js';
import { usePlatformDeployments } from '../api/get-deployments.js';
import { useManageDeployment } from '../api/manage-deployment.js';
import { useRunDeployment } from '../api/run-deployment.js';
import { isOnTheWay, pickDeployments } from '../lib/pick-deployments.js';
import { DeploymentFailure } from './deployment-failure.js';
import { DeploymentInProgress } from './deployment-in-progress.js';

interface LiveDeploymentGateProps {
  platformId: string;
  /** What to show once a deployment serves the platform (the preview frame). */
  children: (serving: DeploymentSummary) => ReactNode;
}

/**
 * Shows the serving deployment through `children`, and otherwise whatever comes before it: a Deploy
 * button, the steps of a deployment on its way, or why the last one failed.
 */
export function LiveDeploymentGate({ platformId, children }: LiveDeploymentGateProps) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const deployments = usePlatformDeployments(tenant.id, platformId);
  const run = useRunDeployment(tenant.id, platformId);
  const restart = useManageDeployment(tenant.id, platformId, 'restart');
  const { serving, newest, upcoming } = pickDeployments(deployments.data ?? []);
  // Steps of a deployment someone else started (the chat, another tab) come from its detail.
  const watched = newest && isOnTheWay(newest) && !run.isPending ? newest : null;
  const watchedDetail = useDeployment(tenant.id, platformId, watched?.id ?? null);

  if (deployments.isPending) return <LoadingRows rows={3} />;
  if (deployments.isError) {
    return <ErrorState error={deployments.error} onRetry={() => void deployments.refetch()} />;
  }
  const deploy = () => run.mutate({});
  const runError = run.isError ? <ProblemAlert error={run.error} /> : null;

  if (run.isPending) return <DeploymentInProgress version={null} steps={run.steps} />;
  if (serving) {
    return (
      <div className="flex h-full min-h-0 flex-col gap-3">
        {upcoming ? (
          <Alert role="status">
            <Info aria-hidden="true" />
            {t('deployments.newerBuilding', { version: upcoming.blueprintVersion })}
          </Alert>
        ) : null}
        {children(serving)}
      </div>
    );
  }
  if (watched) {
    return (
      <DeploymentInProgress version={watched.blueprintVersion} steps={watchedDetail.data?.steps ?? []} />
    );
  }
  if (newest && (newest.status === 'failed' || newest.status === 'crash_looping')) {
    return (
      <div className="grid gap-3">
        {runError}
        <DeploymentFailure
          tenantId={tenant.id}
          deployment={newest}
          onDeploy={deploy}
          deploying={run.isPending}
        />
      </div>
    );
  }
  const stopped = newest?.status === 'stopped' ? newest : null;
  return (
    <div className="grid gap-3">
      {runError}
      {restart.isError ? <ProblemAlert error={restart.error} /> : null}
      <EmptyState
        icon={Rocket}
        title={stopped ? t('deployments.stoppedTitle') : t('deployments.notDeployedTitle')}
        description={stopped ? t('deployments.stoppedDescription') : t('deployments.notDeployedDescription')}
        action={
          <div className="flex flex-wrap justify-center gap-2">
            {stopped ? (
              <Button
                variant="outline"
                disabled={restart.isPending}
                onClick={() => restart.mutate(stopped.id)}
              >
                <Play aria-hidden="true" />
                {t('deployments.restart')}
              </Button>
            ) : null}
            <Button onClick={deploy}>
              <Rocket aria-hidden="true" />
              {t('deployments.deploy')}
            </Button>
          </div>
        }
      />
    </div>
  );
}
