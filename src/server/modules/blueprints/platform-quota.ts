import { tierThatLifts, type QuotaName, type QuotaReport, type Tier } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';

/** What this module needs of tenancy's quotas (the composition root passes tenancy's QuotaService). */
export interface QuotaPort {
  consume(tx: AppTx, tenantId: string, quota: QuotaName, amount?: number): Promise<void>;
  report(tx: AppTx, tenant: { id: string; tier: Tier }): Promise<QuotaReport>;
}

/**
 * Refuses early when the tenant has no platform left to create, so that no slow AI analysis is spent on a
 * platform that could not be stored. Only a courtesy: the atomic `consume` at creation is what decides.
 */
export async function assertPlatformQuotaLeft(
  tx: AppTx,
  quotas: QuotaPort,
  tenant: { id: string; tier: Tier },
): Promise<void> {
  const report = await quotas.report(tx, tenant);
  const usage = report.quotas.find((quota) => quota.quota === 'platforms');
  if (!usage || usage.limit === null || usage.used < usage.limit) return;
  const lifts = tierThatLifts('platforms', usage.used + 1);
  throw new AppError(
    'quota_exceeded',
    `This tenant has used all ${usage.limit} platforms of the ${tenant.tier} tier`,
    {
      hint: lifts
        ? `Move to the ${lifts} tier to create more platforms, or keep refining an existing one.`
        : 'Keep refining an existing platform.',
      details: { quota: 'platforms', tier: tenant.tier, limit: usage.limit, used: usage.used },
    },
  );
}
