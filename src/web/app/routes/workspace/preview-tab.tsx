import { EmptyState } from '../../../components/empty-state.js';
import { Construction } from 'lucide-react';

/** The platform workspace's preview tab (placeholder until its feature lands). */
export function PreviewTab({ platformId }: { platformId: string }) {
  return <EmptyState icon={Construction} title="preview" description={platformId} />;
}
