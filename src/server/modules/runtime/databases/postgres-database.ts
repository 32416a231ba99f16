/**
 * PostgreSQL platforms: each gets a database and a LOGIN role of the same name that owns it, with no
 * powers beyond it, and no other role (but the administrator's) may connect to it.
 */
import pg from 'pg';
import { AppError } from '../../../../kernel/index.js';
import type { PlatformDatabase, ProvisionRequest } from './database-types.js';
import { postgresNameOf, snapshotNameOf } from './platform-names.js';

// SQLSTATEs a concurrent provisioning of the same platform may raise; each means "someone else did it".
const DUPLICATE_OBJECT = '42710';
const DUPLICATE_DATABASE = '42P04';
const UNIQUE_VIOLATION = '23505';
/** "tuple concurrently updated": two ALTERs of one role or database at once; trying again succeeds. */
const INTERNAL_ERROR = 'XX000';
const RETRIES = 5;

const ROLE_LIMITS = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION';

function sqlStateOf(error: unknown): string | undefined {
  return error instanceof Error ? (error as Partial<pg.DatabaseError>).code : undefined;
}

async function ignoring(codes: string[], work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!codes.includes(sqlStateOf(error) ?? '')) throw error;
  }
}

async function retryingConcurrentUpdate(work: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await work();
      return;
    } catch (error) {
      if (sqlStateOf(error) !== INTERNAL_ERROR || attempt >= RETRIES) throw error;
    }
  }
}

export async function asAdministrator(
  adminUrl: string,
  work: (client: pg.Client) => Promise<void>,
): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('upstream_failed', `Cannot reach the platforms' PostgreSQL server (${reason}).`, {
      hint: "Check that the server runs and that its administrator URL in WebNova's configuration is right.",
      cause: error,
    });
  }
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** The admin URL with the platform's role, password and database in place of the administrator's. */
function platformUrl(adminUrl: string, name: string, password: string | undefined): URL {
  const url = new URL(adminUrl);
  url.username = name;
  url.password = password === undefined ? '' : encodeURIComponent(password);
  url.pathname = `/${name}`;
  return url;
}

export async function provisionPostgresDatabase(
  adminUrl: string,
  request: ProvisionRequest,
): Promise<PlatformDatabase> {
  const name = postgresNameOf(request.platformId);
  const role = pg.escapeIdentifier(name);
  await asAdministrator(adminUrl, async (client) => {
    // The password cannot be a bind parameter in DDL; escapeLiteral makes it one safe string literal.
    const password = client.escapeLiteral(request.password);
    await ignoring([DUPLICATE_OBJECT, UNIQUE_VIOLATION], () =>
      client.query(`CREATE ROLE ${role} ${ROLE_LIMITS}`),
    );
    // Always, so a role found from an earlier run gets the limits and the password it is given now.
    await retryingConcurrentUpdate(() =>
      client.query(`ALTER ROLE ${role} WITH ${ROLE_LIMITS} PASSWORD ${password}`),
    );
    // CREATE DATABASE cannot run inside a transaction: each statement here runs on its own.
    await ignoring([DUPLICATE_DATABASE, UNIQUE_VIOLATION], () =>
      client.query(`CREATE DATABASE ${role} OWNER ${role}`),
    );
    await retryingConcurrentUpdate(() => client.query(`ALTER DATABASE ${role} OWNER TO ${role}`));
    // CONNECT and TEMPORARY are granted to PUBLIC by default: without this every platform's role could
    // connect to every other platform's database.
    await retryingConcurrentUpdate(() => client.query(`REVOKE ALL ON DATABASE ${role} FROM PUBLIC`));
  });
  return {
    kind: 'postgres',
    env: { DATABASE_URL: platformUrl(adminUrl, name, request.password).toString() },
    label: platformUrl(adminUrl, name, undefined).toString(),
  };
}

/**
 * Drops the database (ending its sessions first), any copy a redeploy left behind, and then the role;
 * a platform never provisioned is fine.
 */
export async function dropPostgresDatabase(adminUrl: string, platformId: string): Promise<void> {
  const name = postgresNameOf(platformId);
  const role = pg.escapeIdentifier(name);
  await asAdministrator(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${role} WITH (FORCE)`);
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(snapshotNameOf(name))} WITH (FORCE)`);
    await client.query(`DROP ROLE IF EXISTS ${role}`);
  });
}
