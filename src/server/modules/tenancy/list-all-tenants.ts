import type { TenantSummary } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { listAllTenants as allRows } from './tenant-repository.js';
import { toTenantSummary } from './views.js';

/** Every tenant of the installation, for the ROOT_OWNER, who acts as owner in each. */
export async function listAllTenants(tx: AppTx): Promise<TenantSummary[]> {
  return (await allRows(tx)).map((row) => toTenantSummary(row, 'owner'));
}
