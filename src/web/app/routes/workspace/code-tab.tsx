import { CodeWorkspace } from '../../../features/code/index.js';

/** The platform workspace's Code tab. */
export function CodeTab({ platformId }: { platformId: string }) {
  return <CodeWorkspace platformId={platformId} />;
}
