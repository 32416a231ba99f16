/** One entry point per operation, whichever kind of host the platforms' data lives on. */
import type { DatabaseHost, PlatformDatabase, ProvisionRequest } from './database-types.js';
import { dropEmbeddedDatabase, provisionEmbeddedDatabase, templateDirOf } from './embedded-database.js';
import { embeddedTemplate } from './embedded-template.js';
import type { DatabaseSnapshot } from './database-snapshot.js';
import { dropPostgresDatabase, provisionPostgresDatabase } from './postgres-database.js';
import { snapshotEmbeddedDatabase } from './snapshot-embedded-database.js';
import { snapshotPostgresDatabase } from './snapshot-postgres-database.js';

/**
 * Makes sure the platform's database exists and says how the platform reaches it. Safe to repeat and to
 * run concurrently for one platform; on PostgreSQL it also (re)sets the platform role's password.
 * @example
 * const database = await provisionPlatformDatabase({ kind: 'embedded', rootDir }, { platformId, password });
 * spawn(command, args, { env: { ...database.env, ...otherEnv } });
 */
export function provisionPlatformDatabase(
  host: DatabaseHost,
  request: ProvisionRequest,
): Promise<PlatformDatabase> {
  return host.kind === 'embedded'
    ? provisionEmbeddedDatabase(host.rootDir, request.platformId, host.templateDir)
    : provisionPostgresDatabase(host.adminUrl, request);
}

/** Deletes the platform's data for good: its PGlite directory, or its PostgreSQL database and role. */
export function dropPlatformDatabase(host: DatabaseHost, platformId: string): Promise<void> {
  return host.kind === 'embedded'
    ? dropEmbeddedDatabase(host.rootDir, platformId)
    : dropPostgresDatabase(host.adminUrl, platformId);
}

/**
 * Copies the platform's data before a redeploy hands its database to a version that may migrate it and
 * then fail. Take it only while no version of the platform is running: a PGlite directory copied under a
 * running server may be torn, and PostgreSQL copies a database only while nobody is connected to it.
 */
export function snapshotPlatformDatabase(
  host: DatabaseHost,
  platformId: string,
  dataDir: string | undefined,
): Promise<DatabaseSnapshot> {
  if (host.kind === 'postgres') return snapshotPostgresDatabase(host.adminUrl, platformId);
  if (!dataDir) throw new Error('an embedded platform database has no DATA_DIR');
  return snapshotEmbeddedDatabase(dataDir);
}

/**
 * Gets the host ready for fast first deployments: on embedded hosts, makes the empty template database
 * new platforms are copied from (seconds of CPU, in a child process). Nothing to do on PostgreSQL.
 */
export async function prepareDatabaseHost(host: DatabaseHost): Promise<void> {
  if (host.kind === 'embedded') await embeddedTemplate(templateDirOf(host.rootDir, host.templateDir));
}
