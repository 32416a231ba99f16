import type { QuotaName } from '../../../contracts/index.js';
import type { Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { assertPositiveAmount } from './consume-quota.js';
import { quotaPeriod } from './quota-rules.js';
import { subtract } from './quota-repository.js';

/** Gives back `amount` of a quota (e.g. a seat when a member leaves); the counter never goes below zero. */
export async function releaseQuota(
  tx: AppTx,
  clock: Clock,
  tenantId: string,
  quota: QuotaName,
  amount = 1,
): Promise<void> {
  assertPositiveAmount(amount);
  await subtract(tx, { tenantId, quota, period: quotaPeriod(quota, clock.now()) }, amount);
}
