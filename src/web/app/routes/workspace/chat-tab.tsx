import { PlatformChat } from '../../../features/chat/index.js';

/** The platform workspace's chat tab: the conversation that revises the platform's Blueprint. */
export function ChatTab({ platformId }: { platformId: string }) {
  return <PlatformChat platformId={platformId} />;
}
