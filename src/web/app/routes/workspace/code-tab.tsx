import { EmptyState } from '../../../components/empty-state.js';
import { Construction } from 'lucide-react';

/** The platform workspace's code tab (placeholder until its feature lands). */
export function CodeTab({ platformId }: { platformId: string }) {
  return <EmptyState icon={Construction} title="code" description={platformId} />;
}
