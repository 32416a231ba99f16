import type { TenantSummary } from '../../../contracts/index.js';
import { notFound } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { TenantContext } from '../../http/index.js';
import { renameTenant as updateName } from './tenant-repository.js';
import { toTenantSummary } from './views.js';

export async function renameTenant(tx: AppTx, tenant: TenantContext, name: string): Promise<TenantSummary> {
  const row = await updateName(tx, tenant.id, name.trim());
  if (!row) throw notFound('Tenant');
  return toTenantSummary(row, tenant.role);
}
