import { z } from 'zod';
import { ChangeTierRequest, TenantParams, TenantSummary } from '../../../contracts/index.js';
import { defineRoute, type RouteDefinition } from '../../http/index.js';
import { changeTier } from './change-tier.js';
import { listAllTenants } from './list-all-tenants.js';

/**
 * The installation's view of tenancy, for the ROOT_OWNER only. Tiers are a commercial decision of the
 * installation, so a tenant's own owners cannot change theirs. These routes run installation-scoped,
 * and the tier change is recorded in the installation's audit log.
 */
export function adminRoutes(): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/admin/tenants',
      summary: 'List every tenant of this installation',
      tag: 'tenancy',
      access: 'root',
      response: z.array(TenantSummary),
      handler: ({ tx }) => listAllTenants(tx),
    }),
    defineRoute({
      method: 'put',
      path: '/api/admin/tenants/:tenantId/tier',
      summary: "Change a tenant's tier (and with it, its quotas)",
      tag: 'tenancy',
      access: 'root',
      params: TenantParams,
      body: ChangeTierRequest,
      response: TenantSummary,
      audit: { action: 'tenant.change_tier', resource: ({ params }) => `tenant:${params.tenantId}` },
      handler: ({ tx }, { params, body }) => changeTier(tx, params.tenantId, body.tier),
    }),
  ];
}
