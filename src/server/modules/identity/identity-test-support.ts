// Shared by this module's use-case tests: a database, and identity's dependencies with tenancy faked,
// so the tests exercise identity alone. The HTTP tests use the real tenancy module instead.
import type { TenantSummary } from '../../../contracts/index.js';
import { fixedClock, newId } from '../../../kernel/index.js';
import { INSTALLATION_SCOPE, withTenant, type AppTx, type TestDatabase } from '../../db/index.js';
import type { IdentityDeps, TenancyForIdentity } from './identity-deps.js';
import { createSetupTokenHolder } from './setup-gate.js';

export const SETUP_TOKEN = 'test-setup-token-0123456789';
export const LOCAL = { isLocal: true };
export const REMOTE = { isLocal: false };

/** Records the tenants identity asks for, without touching tenancy's tables. */
export function fakeTenancy(): TenancyForIdentity & { created: { name: string; ownerId: string }[] } {
  const created: { name: string; ownerId: string }[] = [];
  return {
    created,
    createTenant: (_tx, input) => {
      created.push({ name: input.name, ownerId: input.ownerId });
      const tenant: TenantSummary = {
        id: newId(),
        slug: `t-${created.length}`,
        name: input.name,
        tier: 'free',
        role: 'owner',
        createdAt: new Date(0).toISOString(),
      };
      return Promise.resolve(tenant);
    },
    listTenantsOf: () => Promise.resolve([]),
  };
}

export function identityDeps(database: TestDatabase) {
  const tenancy = fakeTenancy();
  const deps: IdentityDeps = {
    db: database.db,
    clock: fixedClock(new Date('2026-01-15T10:00:00Z')),
    config: { sessionHours: 24, loginAttemptsPer15Min: 10, setupToken: undefined },
    tenancy,
    setupToken: createSetupTokenHolder(SETUP_TOKEN),
  };
  return { deps, tenancy };
}

/** Runs `work` the way a non-tenant route does: one transaction in the installation's scope. */
export function inInstallation<T>(database: TestDatabase, work: (tx: AppTx) => Promise<T>): Promise<T> {
  return withTenant(database.db, { tenantId: INSTALLATION_SCOPE }, work);
}

/** The same fresh installation for each test, without the cost of a new database. */
export async function removeAllUsers(database: TestDatabase): Promise<void> {
  await database.query('delete from users');
}
