import { Rocket } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import '../strings-registered.js';
import { usePlatformDeployments } from '../api/get-deployments.js';
import { useRunDeployment } from '../api/run-deployment.js';
import { pickDeployments } from '../lib/pick-deployments.js';
import { DeploymentInProgress } from './deployment-in-progress.js';
import { DeploymentOverview } from './deployment-overview.js';
import { DeploymentsHistory } from './deployments-history.js';

/** One platform's deployments: the current one with health, actions and live logs, then the history. */
export function PlatformDeploymentsPanel({ platformId }: { platformId: string }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const deployments = usePlatformDeployments(tenant.id, platformId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const list = deployments.data ?? [];
  const { serving, newest } = pickDeployments(list);
  const selected = list.find((each) => each.id === selectedId) ?? serving ?? newest ?? list[0] ?? null;
  const firstDeploy = useRunDeployment(tenant.id, platformId);

  if (deployments.isPending) return <LoadingRows rows={4} />;
  if (deployments.isError) {
    return <ErrorState error={deployments.error} onRetry={() => void deployments.refetch()} />;
  }
  if (!selected) {
    if (firstDeploy.isPending) return <DeploymentInProgress version={null} steps={firstDeploy.steps} />;
    return (
      <div className="grid gap-3">
        {firstDeploy.isError ? <ProblemAlert error={firstDeploy.error} /> : null}
        <EmptyState
          icon={Rocket}
          title={t('deployments.notDeployedTitle')}
          description={t('deployments.notDeployedDescription')}
          action={
            <Button onClick={() => firstDeploy.mutate({})}>
              <Rocket aria-hidden="true" />
              {t('deployments.deploy')}
            </Button>
          }
        />
      </div>
    );
  }
  return (
    <div className="grid gap-6">
      <DeploymentOverview
        deployment={selected}
        title={
          selected.id === (serving ?? newest)?.id
            ? t('deployments.currentTitle')
            : t('deployments.versionValue', { version: selected.blueprintVersion })
        }
      />
      <Card>
        <CardHeader>
          <CardTitle>{t('deployments.historyTitle')}</CardTitle>
          <CardDescription>{t('deployments.historyDescription')}</CardDescription>
        </CardHeader>
        <CardContent className="px-2">
          <DeploymentsHistory
            deployments={list}
            selectedId={selected.id}
            onSelect={(each) => setSelectedId(each.id)}
          />
        </CardContent>
      </Card>
    </div>
  );
}
