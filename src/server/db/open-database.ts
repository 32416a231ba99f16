import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { AppError } from '../../kernel/index.js';
import { listenOnPostgres, checkChannel } from './listen.js';
import type { AppDb, Database } from './types.js';

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; when absent WebNova runs on embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `undefined` with no URL means in-memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const location = dataDir ? path.resolve(dataDir, 'pgdata') : 'memory://';
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir ? location : undefined);
  } catch (error) {
    throw new AppError('unavailable', `Cannot open the embedded database at ${location}`, {
      hint: 'Another WebNova process may be using this data directory; stop it or set WEBNOVA_DATA_DIR.',
      cause: error,
    });
  }
  const db = drizzlePglite({ client }) as unknown as AppDb;
  return {
    kind: 'pglite',
    db,
    location,
    query: async <Row>(text: string, params?: unknown[]) => (await client.query<Row>(text, params)).rows,
    listen: async (channel, onPayload) => {
      const unlisten = await client.listen(checkChannel(channel), onPayload);
      return { close: () => unlisten() };
    },
    close: () => client.close(),
  };
}

async function openPostgres(databaseUrl: string, poolSize: number): Promise<Database> {
  const url = new URL(databaseUrl);
  const location = `postgresql://${url.hostname}:${url.port || '5432'}${url.pathname}`;
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    // A server that is down must give a clear error at startup, not a hang.
    connectionTimeoutMillis: 5_000,
  });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it on next use.
  });
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('unavailable', `Cannot reach PostgreSQL at ${location}: ${reason}`, {
      hint: 'Check that the server is running and that DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.',
      cause: error,
    });
  }
  const db = drizzleNodePg({ client: pool }) as unknown as AppDb;
  return {
    kind: 'postgres',
    db,
    location,
    query: async <Row>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as Row[],
    listen: (channel, onPayload) => listenOnPostgres(databaseUrl, checkChannel(channel), onPayload),
    close: () => pool.end(),
  };
}
