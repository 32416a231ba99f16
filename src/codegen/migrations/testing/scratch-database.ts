/**
 * Test support: an empty database to run generated SQL in, in-memory PGlite or (when
 * `TEST_DATABASE_URL` is set) a fresh database on that PostgreSQL server, and a snapshot of its
 * schema read from the catalog, for comparing a migrated database with a freshly created one.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type ScratchKind = 'pglite' | 'postgres';

export function scratchKinds(): ScratchKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface ScratchDatabase {
  /** Runs a script of several statements in one transaction, as the generated migration runner does. */
  runScript(script: string): Promise<void>;
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export async function createScratchDatabase(kind: ScratchKind): Promise<ScratchDatabase> {
  if (kind === 'pglite') {
    const client = await PGlite.create();
    return {
      runScript: async (script) => {
        await client.transaction(async (tx) => {
          await tx.exec(script);
        });
      },
      query: async <Row>(text: string, params?: unknown[]) => (await client.query<Row>(text, params)).rows,
      close: () => client.close(),
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `webnova_migration_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    runScript: async (script) => {
      await client.query('begin');
      try {
        await client.query(script);
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    query: async <Row>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as Row[],
    close: async () => {
      await client.end();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

export interface SchemaSnapshot {
  columns: string[];
  constraints: string[];
  indexes: string[];
}

/**
 * The public schema as sorted lines, leaving out archived (`_dropped_…`) tables and columns and the
 * runner's bookkeeping. Column order is left out too: ADD COLUMN appends, which changes nothing a
 * query by name can see. So are PostgreSQL 18's named NOT NULL constraints (PGlite has them, 15 does
 * not): they keep a renamed table's old name, and NULL-ability is compared through the columns.
 */
export async function schemaSnapshot(database: ScratchDatabase): Promise<SchemaSnapshot> {
  const columns = await database.query<Record<string, unknown>>(
    `select table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
            is_nullable, column_default
       from information_schema.columns
      where table_schema = 'public' and table_name not like '\\_dropped\\_%' and column_name not like '\\_dropped\\_%'
        and table_name <> 'schema_migrations'`,
  );
  const constraints = await database.query<Record<string, unknown>>(
    `select c.conrelid::regclass::text as table_name, c.conname, c.contype, pg_get_constraintdef(c.oid) as definition
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'public' and c.conrelid <> 0 and c.contype <> 'n' and c.conrelid::regclass::text not like '\\_dropped\\_%'
        and c.conrelid::regclass::text <> 'schema_migrations'`,
  );
  const indexes = await database.query<Record<string, unknown>>(
    `select tablename, indexname, indexdef from pg_indexes
      where schemaname = 'public' and tablename not like '\\_dropped\\_%' and tablename <> 'schema_migrations'`,
  );
  const lines = (rows: Record<string, unknown>[]) =>
    rows.map((row) => JSON.stringify(Object.values(row))).sort();
  return { columns: lines(columns), constraints: lines(constraints), indexes: lines(indexes) };
}
