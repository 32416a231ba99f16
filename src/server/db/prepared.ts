import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { AppDb } from './types.js';

/**
 * Runs one statement outside any transaction of the caller's, straight on the driver: on PostgreSQL as the
 * named prepared statement `name` (parsed once per pooled connection, then only bound and executed), on
 * PGlite as a parameterized query. For hot paths, where Drizzle's per-call work shows; `text` must be the
 * same every time for a given `name`. Errors are the driver's (see databaseErrorOf).
 */
export async function queryPrepared<Row>(
  db: AppDb,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const client = (db as unknown as { $client: pg.Pool | PGlite }).$client;
  if (client instanceof pg.Pool) return (await client.query({ name, text, values })).rows as Row[];
  return (await client.query<Row>(text, values)).rows;
}
