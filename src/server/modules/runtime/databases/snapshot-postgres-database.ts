/** A copy of a platform's PostgreSQL database taken before a risky change, to put back if it fails. */
import pg from 'pg';
import type { DatabaseSnapshot } from './database-snapshot.js';
import { asAdministrator } from './postgres-database.js';
import { postgresNameOf, snapshotNameOf } from './platform-names.js';

/**
 * Copies the platform's database to `<name>_before` (snapshotNameOf) with `CREATE DATABASE … TEMPLATE`, which PostgreSQL
 * allows only while nobody is connected to the original: take it between stopping the old version and
 * starting the new one. Restoring drops the (maybe migrated) database and renames the copy back; the
 * copy gets the original's owner and, since ACLs are not copied from a template, loses PUBLIC's default
 * CONNECT here, as provisioning does for the original. Restore and discard each act once.
 */
export async function snapshotPostgresDatabase(
  adminUrl: string,
  platformId: string,
): Promise<DatabaseSnapshot> {
  const name = postgresNameOf(platformId);
  const original = pg.escapeIdentifier(name);
  const copy = pg.escapeIdentifier(snapshotNameOf(name));
  await asAdministrator(adminUrl, async (client) => {
    // A copy left by a WebNova that stopped in the middle of a redeploy: the original is newer.
    await client.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${copy} TEMPLATE ${original} OWNER ${original}`);
    await client.query(`REVOKE ALL ON DATABASE ${copy} FROM PUBLIC`);
  });
  let settled = false;
  const once = (work: (client: pg.Client) => Promise<void>) => async () => {
    if (settled) return;
    settled = true;
    await asAdministrator(adminUrl, work);
  };
  return {
    restore: once(async (client) => {
      // FORCE ends the sessions a failed new version may have left behind.
      await client.query(`DROP DATABASE IF EXISTS ${original} WITH (FORCE)`);
      await client.query(`ALTER DATABASE ${copy} RENAME TO ${original}`);
    }),
    discard: once(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${copy} WITH (FORCE)`);
    }),
  };
}
