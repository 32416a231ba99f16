/**
 * The audit log: an append-only, per-tenant hash chain written in the same transaction as each change.
 * @module
 */
import type { Clock } from '../../../kernel/index.js';
import type { AppDb } from '../../db/index.js';
import type { AuditRecorder, RouteDefinition } from '../../http/index.js';
import { appendEntry } from './append-entry.js';
import { auditRoutes } from './routes.js';

export { verifyChain } from './verify-chain.js';
export { listEntries } from './list-entries.js';

export interface AuditModule {
  recorder: AuditRecorder;
  routes: RouteDefinition[];
}

export function createAuditModule(deps: { db: AppDb; clock: Clock }): AuditModule {
  return {
    recorder: { record: (tx, tenantId, entry) => appendEntry(tx, deps.clock, tenantId, entry) },
    routes: auditRoutes(),
  };
}
