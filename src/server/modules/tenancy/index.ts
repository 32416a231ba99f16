/**
 * Tenancy: tenants, memberships and the role hierarchy, tiers and quotas.
 * Other modules use it through `createTenancyModule`; identity provides the `UserDirectory`.
 * @module
 */
import type { QuotaName, QuotaReport, Tier, TenantSummary } from '../../../contracts/index.js';
import type { Clock } from '../../../kernel/index.js';
import type { AppDb, AppTx } from '../../db/index.js';
import type { RouteDefinition, TenantResolver } from '../../http/index.js';
import { adminRoutes } from './admin-routes.js';
import { consumeQuota } from './consume-quota.js';
import { createTenant, type CreateTenantInput } from './create-tenant.js';
import { listTenantsOf } from './list-tenants-of.js';
import { memberRoutes } from './member-routes.js';
import { releaseQuota } from './release-quota.js';
import { reportQuotas } from './report-quotas.js';
import { createTenantResolver } from './resolve-tenant.js';
import { tenantRoutes } from './tenant-routes.js';
import type { UserDirectory } from './user-directory.js';

export type { DirectoryUser, UserDirectory } from './user-directory.js';
export type { CreateTenantInput } from './create-tenant.js';

/** Quotas other modules consume in their own transactions (which must be scoped to the tenant). */
export interface QuotaService {
  /** Takes `amount` (default 1) or throws `quota_exceeded` (429); atomic under concurrency. */
  consume(tx: AppTx, tenantId: string, quota: QuotaName, amount?: number): Promise<void>;
  /** Gives `amount` (default 1) back; never below zero. */
  release(tx: AppTx, tenantId: string, quota: QuotaName, amount?: number): Promise<void>;
  report(tx: AppTx, tenant: { id: string; tier: Tier }): Promise<QuotaReport>;
}

export interface TenancyModule {
  routes: RouteDefinition[];
  resolver: TenantResolver;
  /** Creates a tenant and its first owner; call from an installation-scoped transaction. */
  createTenant(tx: AppTx, input: CreateTenantInput): Promise<TenantSummary>;
  /** Needs `tx` to carry `app.user_id = userId`, as every signed-in request's transaction does. */
  listTenantsOf(tx: AppTx, userId: string): Promise<TenantSummary[]>;
  quotas: QuotaService;
}

export interface TenancyDependencies {
  db: AppDb;
  clock: Clock;
  users: UserDirectory;
}

export function createTenancyModule({ db, clock, users }: TenancyDependencies): TenancyModule {
  return {
    routes: [...tenantRoutes({ clock }), ...memberRoutes({ clock, users }), ...adminRoutes()],
    resolver: createTenantResolver(db),
    createTenant: (tx, input) => createTenant(tx, clock, input),
    listTenantsOf,
    quotas: {
      consume: (tx, tenantId, quota, amount) => consumeQuota(tx, clock, tenantId, quota, amount),
      release: (tx, tenantId, quota, amount) => releaseQuota(tx, clock, tenantId, quota, amount),
      report: (tx, tenant) => reportQuotas(tx, clock, tenant),
    },
  };
}
