import { EmptyState } from '../../../components/empty-state.js';
import { Construction } from 'lucide-react';

/** The platform workspace's blueprint tab (placeholder until its feature lands). */
export function BlueprintTab({ platformId }: { platformId: string }) {
  return <EmptyState icon={Construction} title="blueprint" description={platformId} />;
}
