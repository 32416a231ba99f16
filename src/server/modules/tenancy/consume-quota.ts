import type { QuotaName } from '../../../contracts/index.js';
import { notFound, type Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { quotaExceeded, quotaLimit, quotaPeriod } from './quota-rules.js';
import { addWithinLimit, countersOf } from './quota-repository.js';
import { findTenant } from './tenant-repository.js';

/**
 * Takes `amount` of a quota for the tenant inside the caller's transaction (which must be scoped to
 * that tenant), or throws `quota_exceeded` (429). If the caller's transaction rolls back, so does this.
 */
export async function consumeQuota(
  tx: AppTx,
  clock: Clock,
  tenantId: string,
  quota: QuotaName,
  amount = 1,
): Promise<void> {
  assertPositiveAmount(amount);
  const tenant = await findTenant(tx, tenantId);
  if (!tenant) throw notFound('Tenant');
  const limit = quotaLimit(tenant.tier, quota);
  const key = { tenantId, quota, period: quotaPeriod(quota, clock.now()) };
  const total = await addWithinLimit(tx, key, amount, limit);
  if (total !== null || limit === null) return;
  // Read only to word the refusal; the decision was already made atomically above.
  const used = (await countersOf(tx, tenantId, [key.period])).get(`${quota}@${key.period}`) ?? 0;
  throw quotaExceeded({ quota, tier: tenant.tier, limit, used, requested: amount });
}

export function assertPositiveAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 1) {
    throw new RangeError(`A quota amount must be a positive integer, not ${amount}`);
  }
}
