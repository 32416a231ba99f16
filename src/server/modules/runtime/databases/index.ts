/**
 * Platform databases: each platform's own PGlite directory or PostgreSQL database and role, created,
 * dropped, and copied around a risky redeploy.
 * @module
 */
export {
  dropPlatformDatabase,
  prepareDatabaseHost,
  provisionPlatformDatabase,
  snapshotPlatformDatabase,
} from './platform-database.js';
export { PGLITE_VERSION } from './embedded-template.js';
export { snapshotEmbeddedDatabase } from './snapshot-embedded-database.js';
export type { DatabaseSnapshot } from './database-snapshot.js';
export type { DatabaseHost, PlatformDatabase, ProvisionRequest } from './database-types.js';
