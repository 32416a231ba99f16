import { BlueprintWorkspace } from '../../../features/blueprint/index.js';

/** The platform workspace's Blueprint tab. */
export function BlueprintTab({ platformId }: { platformId: string }) {
  return <BlueprintWorkspace platformId={platformId} />;
}
