import { Play, Rocket } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, type DeploymentSummary } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import '../strings-registered.js';
import { useDeployment } from '../api/get-deployment.js';
import { usePlatformDeployments } from '../api/get-deployments.js';
import { useManageDeployment } from '../api/manage-deployment.js';
import { useRunDeployment } from '../api/run-deployment.js';
import { isOnTheWay, pickDeployments } from '../lib/pick-deployments.js';
import { previewFreshness, type LatestVersion, type PreviewFreshness } from '../lib/preview-freshness.js';
import { AdminCredentials } from './admin-credentials.js';
import { DeploymentFailure } from './deployment-failure.js';
import { DeploymentInProgress } from './deployment-in-progress.js';
import { PreviewVersionBar } from './preview-version-bar.js';

interface LiveDeploymentGateProps {
  platformId: string;
  /**
   * The platform's newest Blueprint version: once a preview is live, it follows this version (a new one
   * made in the chat is deployed by itself, beside the version still serving). Null while unknown.
   */
  latest?: LatestVersion | null;
  /** What to show once a deployment serves the platform (the preview frame). */
  children: (serving: DeploymentSummary) => ReactNode;
}

/**
 * Shows the serving deployment through `children`, with the version it serves and its administrator's
 * login, and otherwise whatever comes before it: a Deploy button, the steps of a deployment on its way,
 * or why the last one failed.
 */
export function LiveDeploymentGate({ platformId, latest = null, children }: LiveDeploymentGateProps) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const deployments = usePlatformDeployments(tenant.id, platformId);
  const run = useRunDeployment(tenant.id, platformId);
  const restart = useManageDeployment(tenant.id, platformId, 'restart');
  const { serving, newest, upcoming } = pickDeployments(deployments.data ?? []);
  // Steps of a deployment someone else started (the chat, another tab) come from its detail.
  const watched = newest && isOnTheWay(newest) && !run.isPending ? newest : null;
  const watchedDetail = useDeployment(tenant.id, platformId, watched?.id ?? null);
  // Deploying needs the developer role: others see the preview as it is, told that a newer version exists.
  const mayDeploy = roleAtLeast(tenant.role, 'developer');
  const freshness = asSeenBy(mayDeploy, previewFreshness(serving, newest, latest));
  useFollowLatest(freshness.kind === 'follow' ? freshness.version : null, run);

  if (deployments.isPending) return <LoadingRows rows={3} />;
  if (deployments.isError) {
    return <ErrorState error={deployments.error} onRetry={() => void deployments.refetch()} />;
  }
  const deploy = () => run.mutate({});
  const runError = run.isError ? <ProblemAlert error={run.error} /> : null;

  if (serving) {
    // Our own update's steps stream in; one started elsewhere shows the steps its detail has recorded.
    const updating = run.isPending
      ? { version: run.variables?.version ?? latest?.version ?? serving.blueprintVersion, steps: run.steps }
      : upcoming
        ? { version: upcoming.blueprintVersion, steps: watchedDetail.data?.steps ?? [] }
        : null;
    return (
      <div className="flex h-full min-h-0 flex-col gap-3">
        <PreviewVersionBar
          serving={serving}
          updating={updating}
          freshness={freshness}
          onUpdate={mayDeploy ? () => run.mutate({ version: latest?.version }) : null}
        />
        {runError}
        {roleAtLeast(tenant.role, 'admin') ? (
          <section aria-label={t('deployments.admin.title')}>
            <AdminCredentials tenantId={tenant.id} platformId={platformId} />
          </section>
        ) : null}
        {children(serving)}
      </div>
    );
  }
  if (run.isPending) return <DeploymentInProgress version={null} steps={run.steps} />;
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
            {stopped && mayDeploy ? (
              <Button
                variant="outline"
                disabled={restart.isPending}
                onClick={() => restart.mutate(stopped.id)}
              >
                <Play aria-hidden="true" />
                {t('deployments.restart')}
              </Button>
            ) : null}
            {mayDeploy ? (
              <Button onClick={deploy}>
                <Rocket aria-hidden="true" />
                {t('deployments.deploy')}
              </Button>
            ) : null}
          </div>
        }
      />
    </div>
  );
}

/**
 * Deploys `version` once it is set, and only once per version while mounted: a deploy refused before it
 * was recorded (quota used up, network gone) leaves the list as it was, and must not be retried in a loop.
 */
/** Someone who may not deploy is never offered to follow: the newer version is named, nothing more. */
function asSeenBy(mayDeploy: boolean, freshness: PreviewFreshness): PreviewFreshness {
  return !mayDeploy && freshness.kind === 'follow'
    ? { kind: 'behind', version: freshness.version, failed: null }
    : freshness;
}

function useFollowLatest(version: number | null, run: ReturnType<typeof useRunDeployment>): void {
  const followed = useRef<number | null>(null);
  const { isPending, mutate } = run;
  useEffect(() => {
    if (version === null || isPending || followed.current === version) return;
    followed.current = version;
    mutate({ version });
  }, [version, isPending, mutate]);
}
