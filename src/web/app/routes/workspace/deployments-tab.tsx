import { EmptyState } from '../../../components/empty-state.js';
import { Construction } from 'lucide-react';

/** The platform workspace's deployments tab (placeholder until its feature lands). */
export function DeploymentsTab({ platformId }: { platformId: string }) {
  return <EmptyState icon={Construction} title="deployments" description={platformId} />;
}
