import { LiveDeploymentGate } from '../../../features/deployments/components/live-deployment-gate.js';
import { useLatestVersion } from '../../../features/platforms/index.js';
import { PreviewFrame } from '../../../features/preview/components/preview-frame.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';

/**
 * The platform workspace's preview tab: the running platform at a chosen screen size, following the
 * newest Blueprint version, or, until one runs, what stands before it (deploy, progress, failure).
 * Three features composed here, as features may not import each other.
 */
export function PreviewTab({ platformId }: { platformId: string }) {
  const tenant = useCurrentTenant();
  const latest = useLatestVersion(tenant.id, platformId).data ?? null;
  return (
    <LiveDeploymentGate platformId={platformId} latest={latest}>
      {(serving) => (serving.url ? <PreviewFrame url={serving.url} revision={serving.id} /> : null)}
    </LiveDeploymentGate>
  );
}
