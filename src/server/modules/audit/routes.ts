import { z } from 'zod';
import { AuditEntry, AuditListQuery, AuditVerification } from '../../../contracts/index.js';
import { INSTALLATION_SCOPE } from '../../db/index.js';
import { defineRoute, type RouteDefinition } from '../../http/index.js';
import { listEntries } from './list-entries.js';
import { verifyChain } from './verify-chain.js';

/** A tenant's log for its admins; the installation's own log (sign-ups, logins, tiers) for the ROOT_OWNER. */
export function auditRoutes(): RouteDefinition[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit',
      summary: "List the tenant's audit entries, newest first",
      tag: 'audit',
      access: { tenantRole: 'admin' },
      query: AuditListQuery,
      response: z.array(AuditEntry),
      handler: ({ tx, tenant }, { query }) => listEntries(tx, tenant.id, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/audit/verify',
      summary: "Recompute the tenant's hash chain and report the first broken link",
      tag: 'audit',
      access: { tenantRole: 'admin' },
      response: AuditVerification,
      handler: ({ tx, tenant }) => verifyChain(tx, tenant.id),
    }),
    defineRoute({
      method: 'get',
      path: '/api/admin/audit',
      summary: "List the installation's audit entries (sign-ups, logins, tokens, tiers), newest first",
      tag: 'audit',
      access: 'root',
      query: AuditListQuery,
      response: z.array(AuditEntry),
      handler: ({ tx }, { query }) => listEntries(tx, INSTALLATION_SCOPE, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/admin/audit/verify',
      summary: "Recompute the installation's hash chain and report the first broken link",
      tag: 'audit',
      access: 'root',
      response: AuditVerification,
      handler: ({ tx }) => verifyChain(tx, INSTALLATION_SCOPE),
    }),
  ];
}
