import type { TenantSummary } from '../../../contracts/index.js';
import type { Clock } from '../../../kernel/index.js';
import type { Config } from '../../config.js';
import type { AppDb, AppTx } from '../../db/index.js';
import type { SetupTokenHolder } from './setup-gate.js';

/**
 * What identity needs from tenancy, declared here so identity does not depend on tenancy's files:
 * start.ts passes the tenancy module, which has these methods.
 */
export interface TenancyForIdentity {
  /** Creates a tenant with `ownerId` as its owner; works from an installation-scoped transaction. */
  createTenant(tx: AppTx, input: { name: string; slug?: string; ownerId: string }): Promise<TenantSummary>;
  listTenantsOf(tx: AppTx, userId: string): Promise<TenantSummary[]>;
}

export interface IdentityDeps {
  db: AppDb;
  clock: Clock;
  config: Pick<Config, 'sessionHours' | 'loginAttemptsPer15Min' | 'setupToken'>;
  tenancy: TenancyForIdentity;
  setupToken: SetupTokenHolder;
}
