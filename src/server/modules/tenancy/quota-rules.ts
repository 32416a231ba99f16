import {
  MONTHLY_QUOTAS,
  TIER_LIMITS,
  TIERS,
  tierThatLifts,
  type QuotaName,
  type Tier,
} from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';

// Pure: which counter a quota uses and how a refusal reads.

/** Monthly quotas count per calendar month (UTC, `YYYY-MM`); the others count what exists now. */
export function quotaPeriod(quota: QuotaName, now: Date): string {
  return MONTHLY_QUOTAS.includes(quota) ? now.toISOString().slice(0, 7) : 'current';
}

/** `null` means unlimited. */
export function quotaLimit(tier: Tier, quota: QuotaName): number | null {
  return TIER_LIMITS[tier][quota];
}

export interface Refusal {
  quota: QuotaName;
  tier: Tier;
  limit: number;
  /** What is in use now, before the refused amount. */
  used: number;
  requested: number;
}

/** The 429 for a refused consumption: names the quota, the tier, its limit and the tier that lifts it. */
export function quotaExceeded({ quota, tier, limit, used, requested }: Refusal): AppError {
  const upgradeTo = tierThatLifts(quota, used + requested) ?? null;
  const upgrade = upgradeTo
    ? ` The ${upgradeTo} tier allows ${formatLimit(quotaLimit(upgradeTo, quota))}.`
    : '';
  return new AppError(
    'quota_exceeded',
    `The ${tier} tier allows ${limit} ${quota} and ${used} are in use, so ${requested} more cannot be added.${upgrade}`,
    {
      hint: upgradeTo
        ? `Ask the owner of this WebNova installation to move the tenant to the ${upgradeTo} tier, or free some ${quota} first.`
        : `Free some ${quota} first.`,
      details: { quota, tier, limit, upgradeTo },
    },
  );
}

function formatLimit(limit: number | null): string {
  return limit === null ? 'unlimited' : String(limit);
}

/** Every tier and its limits, cheapest first. */
export function tierCatalog(): { tier: Tier; limits: Record<QuotaName, number | null> }[] {
  return TIERS.map((tier) => ({ tier, limits: { ...TIER_LIMITS[tier] } }));
}
