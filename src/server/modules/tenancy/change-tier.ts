import type { TenantSummary, Tier } from '../../../contracts/index.js';
import { notFound } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { setTier } from './tenant-repository.js';
import { toTenantSummary } from './views.js';

/**
 * Moves a tenant to another tier (the ROOT_OWNER's decision; the route enforces that). Quotas follow
 * at once: a downgrade below current usage refuses new consumption until usage falls under the limit.
 */
export async function changeTier(tx: AppTx, tenantId: string, tier: Tier): Promise<TenantSummary> {
  const row = await setTier(tx, tenantId, tier);
  if (!row) throw notFound('Tenant', 'GET /api/admin/tenants lists every tenant of this installation.');
  return toTenantSummary(row, 'owner');
}
