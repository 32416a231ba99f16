import { PlatformDeploymentsPanel } from '../../../features/deployments/components/platform-deployments-panel.js';

/** The platform workspace's deployments tab: status, health, actions, logs and history. */
export function DeploymentsTab({ platformId }: { platformId: string }) {
  return <PlatformDeploymentsPanel platformId={platformId} />;
}
