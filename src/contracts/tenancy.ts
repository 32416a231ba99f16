import { z } from 'zod';
import { Email, Id, Timestamp } from './common.js';

/** Tenant roles, highest first. Each role holds every right of the roles after it. */
export const TENANT_ROLES = ['owner', 'admin', 'developer', 'viewer'] as const;
export const TenantRole = z.enum(TENANT_ROLES);
export type TenantRole = z.infer<typeof TenantRole>;

/** True when `held` is `required` or above it in the hierarchy. */
export function roleAtLeast(held: TenantRole, required: TenantRole): boolean {
  return TENANT_ROLES.indexOf(held) <= TENANT_ROLES.indexOf(required);
}

export const TIERS = ['free', 'basic', 'pro', 'enterprise', 'sovereign'] as const;
export const Tier = z.enum(TIERS);
export type Tier = z.infer<typeof Tier>;

export const QUOTAS = [
  'platforms',
  'deployments',
  'ai_tokens_per_month',
  'events_per_month',
  'seats',
  'storage_mb',
] as const;
export const QuotaName = z.enum(QUOTAS);
export type QuotaName = z.infer<typeof QuotaName>;

/** Monthly quotas reset each calendar month (UTC); the others count what exists now. */
export const MONTHLY_QUOTAS: readonly QuotaName[] = ['ai_tokens_per_month', 'events_per_month'];

/** `null` means unlimited. */
export type TierLimits = Record<QuotaName, number | null>;

export const TIER_LIMITS: Record<Tier, TierLimits> = {
  free: {
    platforms: 2,
    deployments: 2,
    ai_tokens_per_month: 200_000,
    events_per_month: 100_000,
    seats: 3,
    storage_mb: 512,
  },
  basic: {
    platforms: 5,
    deployments: 10,
    ai_tokens_per_month: 2_000_000,
    events_per_month: 1_000_000,
    seats: 10,
    storage_mb: 5_120,
  },
  pro: {
    platforms: 25,
    deployments: 50,
    ai_tokens_per_month: 20_000_000,
    events_per_month: 10_000_000,
    seats: 50,
    storage_mb: 51_200,
  },
  enterprise: {
    platforms: 200,
    deployments: 500,
    ai_tokens_per_month: 200_000_000,
    events_per_month: 100_000_000,
    seats: 1_000,
    storage_mb: 512_000,
  },
  sovereign: {
    platforms: null,
    deployments: null,
    ai_tokens_per_month: null,
    events_per_month: null,
    seats: null,
    storage_mb: null,
  },
};

/** The lowest tier whose limit for `quota` is above `needed`, to name in a 429. */
export function tierThatLifts(quota: QuotaName, needed: number): Tier | undefined {
  return TIERS.find((tier) => {
    const limit = TIER_LIMITS[tier][quota];
    return limit === null || limit >= needed;
  });
}

export const TenantSlug = z
  .string()
  .min(2)
  .max(48)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'use lowercase letters, digits and single hyphens, e.g. riyadh-clinic',
  });

export const TenantSummary = z.object({
  id: Id,
  slug: z.string(),
  name: z.string(),
  tier: Tier,
  role: TenantRole,
  createdAt: Timestamp,
});
export type TenantSummary = z.infer<typeof TenantSummary>;

export const CreateTenantRequest = z.strictObject({
  name: z.string().trim().min(2).max(120),
  slug: TenantSlug.optional(),
});

export const UpdateTenantRequest = z.strictObject({
  name: z.string().trim().min(2).max(120),
});

export const ChangeTierRequest = z.strictObject({ tier: Tier });

export const Member = z.object({
  id: Id,
  userId: Id,
  email: z.string(),
  displayName: z.string(),
  role: TenantRole,
  createdAt: Timestamp,
});
export type Member = z.infer<typeof Member>;

export const AddMemberRequest = z.strictObject({ email: Email, role: TenantRole });
export const ChangeMemberRoleRequest = z.strictObject({ role: TenantRole });
export const MemberParams = z.strictObject({ memberId: Id });
export const TenantParams = z.strictObject({ tenantId: Id });

export const QuotaUsage = z.object({
  quota: QuotaName,
  used: z.number().int(),
  limit: z.number().int().nullable(),
  period: z.string(),
});
export const QuotaReport = z.object({ tier: Tier, quotas: z.array(QuotaUsage) });
export type QuotaReport = z.infer<typeof QuotaReport>;

export const TierCatalog = z.array(
  z.object({ tier: Tier, limits: z.record(QuotaName, z.number().int().nullable()) }),
);
