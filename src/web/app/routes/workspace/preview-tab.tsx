import { LiveDeploymentGate } from '../../../features/deployments/components/live-deployment-gate.js';
import { PreviewFrame } from '../../../features/preview/components/preview-frame.js';

/**
 * The platform workspace's preview tab: the running platform at a chosen screen size, or, until one runs,
 * what stands before it (deploy, progress, failure). Two features composed here, as features may not
 * import each other.
 */
export function PreviewTab({ platformId }: { platformId: string }) {
  return (
    <LiveDeploymentGate platformId={platformId}>
      {(serving) => (serving.url ? <PreviewFrame url={serving.url} revision={serving.id} /> : null)}
    </LiveDeploymentGate>
  );
}
