import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** Both drivers return `{ rows }` from `execute`; this says so to the type checker. */
export interface AppQueryResultHKT extends PgQueryResultHKT {
  readonly type: QueryRows<this['row']>;
}

export interface QueryRows<Row> {
  rows: Row[];
}

/** The Drizzle database, whichever driver is underneath (PGlite or node-postgres). */
export type AppDb = PgDatabase<AppQueryResultHKT>;

/** A transaction handle; repositories take this so that callers decide the transaction's extent. */
export type AppTx = Parameters<Parameters<AppDb['transaction']>[0]>[0];

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  readonly kind: DatabaseKind;
  readonly db: AppDb;
  /** Human-readable location for logs (a directory or a server address, never a password). */
  readonly location: string;
  /** Runs one raw SQL statement outside any tenant scope. For migrations, health checks and tests. */
  query<Row = Record<string, unknown>>(text: string, params?: unknown[]): Promise<Row[]>;
  /**
   * Calls `onPayload` for each NOTIFY on `channel` (a lowercase identifier). On PostgreSQL this holds a
   * dedicated connection outside the pool, since a pooled one may be handed to another query.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<Listener>;
  close(): Promise<void>;
}

export interface Listener {
  close(): Promise<void>;
}
