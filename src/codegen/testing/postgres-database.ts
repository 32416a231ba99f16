/**
 * Test support: a fresh, uniquely named database on the PostgreSQL server of `TEST_DATABASE_URL`, so a
 * generated platform can be started on real PostgreSQL without touching anyone else's data.
 * @module
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ScratchDatabase {
  name: string;
  /** The server URL with this database in its path, for the platform's DATABASE_URL. */
  url: string;
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
  /** Closes this helper's connection and drops the database. */
  drop(): Promise<void>;
}

async function onServer<Result>(
  serverUrl: string,
  work: (client: pg.Client) => Promise<Result>,
): Promise<Result> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The database URL with its path swapped for `database`; user, host and options stay. */
export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = '/' + database;
  return url.toString();
}

export async function createScratchDatabase(serverUrl: string, label: string): Promise<ScratchDatabase> {
  // Lower-case letters, digits and underscores only, so the name needs no quoting.
  const name = `webnova_${label.toLowerCase().replace(/[^a-z0-9]/g, '_')}_${randomBytes(5).toString('hex')}`;
  await onServer(serverUrl, (client) => client.query(`create database ${name}`));
  const url = databaseUrlFor(serverUrl, name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    name,
    url,
    query: async <Row>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as Row[],
    drop: async () => {
      await client.end();
      await onServer(serverUrl, (server) => server.query(`drop database if exists ${name}`));
    },
  };
}
