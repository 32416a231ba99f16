/**
 * Platform databases: each platform's own PGlite directory or PostgreSQL database and role, created,
 * dropped, and (embedded) copied around a risky redeploy.
 * @module
 */
export { dropPlatformDatabase, prepareDatabaseHost, provisionPlatformDatabase } from './platform-database.js';
export { PGLITE_VERSION } from './embedded-template.js';
export { snapshotEmbeddedDatabase, type EmbeddedDatabaseSnapshot } from './snapshot-embedded-database.js';
export type { DatabaseHost, PlatformDatabase, ProvisionRequest } from './database-types.js';
