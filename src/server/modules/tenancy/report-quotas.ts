import { QUOTAS, type QuotaReport, type Tier } from '../../../contracts/index.js';
import type { Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { quotaLimit, quotaPeriod } from './quota-rules.js';
import { countersOf } from './quota-repository.js';

/** Every quota of the tenant: what its tier allows and what is used in the current period. */
export async function reportQuotas(
  tx: AppTx,
  clock: Clock,
  tenant: { id: string; tier: Tier },
): Promise<QuotaReport> {
  const now = clock.now();
  const periods = [...new Set(QUOTAS.map((quota) => quotaPeriod(quota, now)))];
  const counters = await countersOf(tx, tenant.id, periods);
  return {
    tier: tenant.tier,
    quotas: QUOTAS.map((quota) => {
      const period = quotaPeriod(quota, now);
      return {
        quota,
        used: counters.get(`${quota}@${period}`) ?? 0,
        limit: quotaLimit(tenant.tier, quota),
        period,
      };
    }),
  };
}
