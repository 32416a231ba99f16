import { EmptyState } from '../../../components/empty-state.js';
import { Construction } from 'lucide-react';

/** The platform workspace's chat tab (placeholder until its feature lands). */
export function ChatTab({ platformId }: { platformId: string }) {
  return <EmptyState icon={Construction} title="chat" description={platformId} />;
}
