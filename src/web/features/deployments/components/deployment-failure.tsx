import { Rocket, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DeploymentSummary } from '../../../../contracts/index.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { Button } from '../../../components/ui/button.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { useDeployment } from '../api/get-deployment.js';
import { useDeploymentLogTail } from '../api/get-deployment-logs.js';
import { DeploySteps } from './deploy-steps.js';
import { LogLines } from './log-lines.js';

/** Enough of the log to see the error and what led to it, short enough to read without scrolling far. */
const FAILURE_TAIL = 40;

interface DeploymentFailureProps {
  tenantId: string;
  deployment: DeploymentSummary;
  onDeploy: () => void;
  deploying: boolean;
}

/** Why a deployment failed (or keeps crashing): its reason, the step that failed and the log lines before it. */
export function DeploymentFailure({ tenantId, deployment, onDeploy, deploying }: DeploymentFailureProps) {
  const { t } = useTranslation();
  const detail = useDeployment(tenantId, deployment.platformId, deployment.id);
  const logs = useDeploymentLogTail(tenantId, deployment.platformId, deployment.id, { tail: FAILURE_TAIL });
  const title =
    deployment.status === 'crash_looping' ? t('deployments.crashLoopingTitle') : t('deployments.failedTitle');
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <TriangleAlert className="size-5 text-destructive" aria-hidden="true" />
          {title}
        </CardTitle>
        <CardDescription>
          {t('deployments.versionValue', { version: deployment.blueprintVersion })}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div role="alert" className="grid gap-1">
          <h3 className="text-sm font-medium">{t('deployments.reason')}</h3>
          <p className="text-sm">{deployment.reason ?? t('deployments.failedTitle')}</p>
        </div>
        {detail.data && detail.data.steps.length > 0 ? <DeploySteps steps={detail.data.steps} /> : null}
        <div className="grid gap-2">
          <h3 className="text-sm font-medium">{t('deployments.logTail')}</h3>
          {logs.isPending ? <LoadingRows rows={2} /> : <LogLines lines={logs.data?.lines ?? []} />}
        </div>
        <div>
          <Button onClick={onDeploy} disabled={deploying}>
            <Rocket aria-hidden="true" />
            {deploying ? t('deployments.deploying') : t('deployments.tryAgain')}
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}
