import { z } from 'zod';
import {
  CreateTenantRequest,
  QuotaReport,
  TenantSummary,
  TierCatalog,
  UpdateTenantRequest,
} from '../../../contracts/index.js';
import { notFound, type Clock } from '../../../kernel/index.js';
import { defineRoute, type RouteDefinition } from '../../http/index.js';
import { createTenant } from './create-tenant.js';
import { listTenantsOf } from './list-tenants-of.js';
import { tierCatalog } from './quota-rules.js';
import { renameTenant } from './rename-tenant.js';
import { reportQuotas } from './report-quotas.js';
import { findTenant } from './tenant-repository.js';
import { toTenantSummary } from './views.js';

/** The tier catalog, the caller's tenants, and the tenant named by `X-Tenant-Id`. */
export function tenantRoutes(deps: { clock: Clock }): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/tiers',
      summary: 'List the tiers and the limits of each',
      tag: 'tenancy',
      access: 'public',
      response: TierCatalog,
      handler: () => Promise.resolve(tierCatalog()),
    }),
    defineRoute({
      method: 'get',
      path: '/api/tenants',
      summary: 'List the tenants you belong to, with your role in each',
      tag: 'tenancy',
      access: 'user',
      response: z.array(TenantSummary),
      handler: ({ tx, actor }) => listTenantsOf(tx, actor.userId),
    }),
    defineRoute({
      method: 'post',
      path: '/api/tenants',
      summary: 'Create a tenant; you become its owner',
      tag: 'tenancy',
      access: 'user',
      body: CreateTenantRequest,
      response: TenantSummary,
      status: 201,
      audit: { action: 'tenant.create', resource: (_input, result) => `tenant:${result?.id ?? 'new'}` },
      handler: ({ tx, actor }, { body }) =>
        createTenant(tx, deps.clock, { name: body.name, slug: body.slug, ownerId: actor.userId }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/tenant',
      summary: 'Show the current tenant and your role in it',
      tag: 'tenancy',
      access: { tenantRole: 'viewer' },
      response: TenantSummary,
      handler: async ({ tx, tenant }) => {
        const row = await findTenant(tx, tenant.id);
        if (!row) throw notFound('Tenant');
        return toTenantSummary(row, tenant.role);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/tenant',
      summary: 'Rename the current tenant',
      tag: 'tenancy',
      access: { tenantRole: 'admin' },
      body: UpdateTenantRequest,
      response: TenantSummary,
      audit: { action: 'tenant.rename', resource: (_input, result) => `tenant:${result?.id ?? 'current'}` },
      handler: ({ tx, tenant }, { body }) => renameTenant(tx, tenant, body.name),
    }),
    defineRoute({
      method: 'get',
      path: '/api/tenant/quotas',
      summary: "Show the current tenant's quotas: limits of its tier and what is used",
      tag: 'tenancy',
      access: { tenantRole: 'viewer' },
      response: QuotaReport,
      handler: ({ tx, tenant }) => reportQuotas(tx, deps.clock, tenant),
    }),
  ];
}
