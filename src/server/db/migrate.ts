import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { AppError } from '../../kernel/index.js';
import type { Database } from './types.js';
import { RUNTIME_ROLE } from './tenant-scope.js';

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../drizzle',
);

// Any constant works; it only has to be the same for every WebNova instance.
const MIGRATION_LOCK_KEY = 7_303_911_001;

/**
 * Applies every migration in `drizzle/` (generated and hand-written alike), then grants the runtime
 * role what requests need. On PostgreSQL an advisory lock keeps two starting instances from racing.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    await assertOwnerServesAllTenants(database);
    await withAdvisoryLock(database, () =>
      migrateNodePg(database.db as unknown as NodePgDatabase, { migrationsFolder: MIGRATIONS_FOLDER }),
    );
  }
  await grantRuntimeRole(database);
}

async function withAdvisoryLock(database: Database, work: () => Promise<void>): Promise<void> {
  // The lock is transaction-scoped so it is held on the same connection and released whatever happens.
  await database.db.transaction(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await work();
  });
}

async function grantRuntimeRole(database: Database): Promise<void> {
  await database.query(`GRANT USAGE ON SCHEMA public TO ${RUNTIME_ROLE}`);
  await database.query(
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${RUNTIME_ROLE}`,
  );
  await database.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${RUNTIME_ROLE}`);
  // Append-only in privileges as well as in triggers.
  await database.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${RUNTIME_ROLE}`);
}

/**
 * Requests run as the runtime role under row-level security, but WebNova's own background work (finding
 * which tenants have events to process, rebuilding projections) has to see across tenants. Tables force
 * RLS even on their owner, so the user in DATABASE_URL must bypass it explicitly; say so at startup
 * rather than let subscriptions find nothing.
 */
async function assertOwnerServesAllTenants(database: Database): Promise<void> {
  const [role] = await database.query<{ name: string; allowed: boolean }>(
    'select rolname as name, rolsuper or rolbypassrls as allowed from pg_roles where rolname = current_user',
  );
  if (role && !role.allowed) {
    throw new AppError('unavailable', `The PostgreSQL user ${role.name} cannot bypass row-level security`, {
      hint: `WebNova's own user owns its tables and serves every tenant in the background; run \`ALTER ROLE ${role.name} BYPASSRLS\` as a superuser. Requests still run as the role ${RUNTIME_ROLE}, which cannot.`,
    });
  }
}
