/**
 * The database layer: opening PGlite or PostgreSQL, migrations, and tenant-scoped transactions.
 * Role and `set_config` SQL lives here and nowhere else.
 * @module
 */
export { openDatabase, type OpenDatabaseOptions } from './open-database.js';
export { migrateDatabase, MIGRATIONS_FOLDER } from './migrate.js';
export {
  withTenant,
  withoutTenant,
  actAsTenant,
  actAsUser,
  RUNTIME_ROLE,
  INSTALLATION_SCOPE,
  type TenantScope,
} from './tenant-scope.js';
export { enableTenantRowSecurity } from './row-security.js';
export { sendNotification } from './listen.js';
export { queryPrepared } from './prepared.js';
export { createTestDatabase, testDatabaseKinds, type TestDatabase } from './testing.js';
export { databaseErrorOf, SQLSTATE, type DatabaseErrorInfo } from './database-error.js';
export type { AppDb, AppTx, Database, DatabaseKind, Listener } from './types.js';
