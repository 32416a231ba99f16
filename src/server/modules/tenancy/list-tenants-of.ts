import type { TenantSummary } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { tenantsOfUser } from './tenant-repository.js';
import { toTenantSummary } from './views.js';

/**
 * The tenants a person belongs to, with their role in each. Memberships of other tenants are visible
 * only through the `own_memberships_readable` policy, so `tx` must carry `app.user_id = userId` (the route
 * pipeline sets it for every signed-in caller); in a transaction with no user it returns nothing.
 */
export async function listTenantsOf(tx: AppTx, userId: string): Promise<TenantSummary[]> {
  const rows = await tenantsOfUser(tx, userId);
  return rows.map((row) => toTenantSummary(row.tenant, row.role));
}
