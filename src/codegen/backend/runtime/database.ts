import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function databaseFiles(model: CodegenModel): GeneratedFile[] {
  return [
    sourceFile(
      model,
      'src/server/db/client.ts',
      code`
        import { mkdirSync } from 'node:fs';
        import { PGlite } from '@electric-sql/pglite';
        import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
        import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
        import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
        import pg from 'pg';
        import { DRIZZLE_TEXT_PARSERS, withoutQueryParsers } from './pglite-for-drizzle.js';

        /** The Drizzle database, whichever driver is underneath. */
        export type Db = PgDatabase<PgQueryResultHKT>;
        export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

        export interface Database {
          db: Db;
          /** Runs a script of several statements in one transaction (migrations). */
          runScript(script: string): Promise<void>;
          query<Row>(text: string, params?: unknown[]): Promise<Row[]>;
          /**
           * Runs the start-up writes (migrations, first administrator, seed) while holding a database-wide
           * lock, so servers starting together against one PostgreSQL do not race to create the same tables.
           */
          exclusively<Result>(work: () => Promise<Result>): Promise<Result>;
          close(): Promise<void>;
        }

        /** hashtext() of a fixed name, so every copy of the platform asks PostgreSQL for the same lock. */
        const STARTUP_LOCK_KEY = 'webnova:startup';

        export async function openDatabase(options: {
          databaseUrl: string | undefined;
          dataDir: string | undefined;
        }): Promise<Database> {
          return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
        }

        async function openPglite(dataDir: string | undefined): Promise<Database> {
          if (dataDir) mkdirSync(dataDir, { recursive: true });
          const client = await PGlite.create(dataDir, { parsers: DRIZZLE_TEXT_PARSERS });
          return {
            db: drizzlePglite({ client: withoutQueryParsers(client) }) as unknown as Db,
            runScript: async (script) => {
              await client.transaction(async (tx) => {
                await tx.exec(script);
              });
            },
            query: async <Row>(text: string, params?: unknown[]) => (await client.query<Row>(text, params)).rows,
            // PGlite is in-process and its data directory has a single owner: there is no one to race.
            exclusively: (work) => work(),
            close: () => client.close(),
          };
        }

        async function openPostgres(databaseUrl: string): Promise<Database> {
          const pool = new pg.Pool({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
          // An idle connection dropped by the server (restart, failover) is reported here; without a
          // listener Node ends the process. The pool discards that connection and opens a new one when needed.
          pool.on('error', (error) => {
            console.error('A PostgreSQL connection closed unexpectedly: ' + error.message);
          });
          try {
            await pool.query('select 1');
          } catch (error) {
            await pool.end();
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(
              \`Cannot reach PostgreSQL (\${reason}). Check DATABASE_URL, or unset it to use the embedded database.\`,
            );
          }
          return {
            db: drizzleNodePostgres({ client: pool }) as unknown as Db,
            runScript: async (script) => {
              const client = await pool.connect();
              try {
                await client.query('begin');
                await client.query(script);
                await client.query('commit');
              } catch (error) {
                // The script's error says what is wrong; a failed rollback only means the connection is gone.
                await client.query('rollback').catch(() => undefined);
                throw error;
              } finally {
                client.release();
              }
            },
            query: async <Row>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as Row[],
            exclusively: async (work) => {
              // A session lock on one held connection; the work itself uses the rest of the pool.
              const holder = await pool.connect();
              try {
                await holder.query('select pg_advisory_lock(hashtext($1))', [STARTUP_LOCK_KEY]);
                try {
                  return await work();
                } finally {
                  await holder.query('select pg_advisory_unlock(hashtext($1))', [STARTUP_LOCK_KEY]);
                }
              } finally {
                holder.release();
              }
            },
            close: () => pool.end(),
          };
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/db/pglite-for-drizzle.ts',
      code`
        import { types, type PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';

        const asText = (value: string): string => value;

        /**
         * The types Drizzle wants as text from PGlite (it maps dates and timestamps itself): timestamp,
         * timestamptz, interval, date, and the arrays numeric[], timestamp[], timestamptz[], interval[], date[].
         */
        export const DRIZZLE_TEXT_PARSERS: Record<number, (value: string) => string> = Object.fromEntries(
          [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map(
            (type) => [type, asText],
          ),
        );

        /**
         * Drizzle passes those parsers with every query, and PGlite then copies its ~300 type parsers into a new
         * object to add them: on a list request that copy cost more than building the SQL. With the same parsers
         * set once on the client (DRIZZLE_TEXT_PARSERS), this view drops the per-query ones and Drizzle gets
         * the same rows; transactions hand Drizzle the same view of theirs.
         */
        export function withoutQueryParsers<Client extends PGlite | Transaction>(client: Client): Client {
          return new Proxy(client, {
            get(target, property) {
              if (property === 'query') {
                return (text: string, params?: unknown[], options?: QueryOptions) =>
                  target.query(text, params, options && { ...options, parsers: undefined });
              }
              if (property === 'transaction' && 'transaction' in target) {
                return <Result>(work: (tx: Transaction) => Promise<Result>) =>
                  target.transaction((tx) => work(withoutQueryParsers(tx)));
              }
              const value: unknown = Reflect.get(target, property, target);
              // PGlite keeps its state in private fields, which only the real object may read.
              return typeof value === 'function' ? value.bind(target) : value;
            },
          });
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/db/migrate.ts',
      code`
        import { readdirSync, readFileSync } from 'node:fs';
        import path from 'node:path';
        import { fileURLToPath } from 'node:url';
        import type { Database } from './client.js';

        /**
         * drizzle/ at the project root, found from this file's place in src/server/db/. A server bundled into
         * one file (dist/server/main.mjs) no longer sits there, so its launcher names the folder in
         * MIGRATIONS_DIR instead.
         */
        const MIGRATIONS_FOLDER = process.env.MIGRATIONS_DIR
          ? path.resolve(process.env.MIGRATIONS_DIR)
          : fileURLToPath(new URL('../../../drizzle/', import.meta.url));

        /** Applies each drizzle/*.sql file not applied yet, in name order, each in its own transaction. */
        export async function migrate(database: Database): Promise<string[]> {
          await database.query(
            'create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())',
          );
          const applied = new Set(
            (await database.query<{ name: string }>('select name from schema_migrations')).map((row) => row.name),
          );
          const pending = readdirSync(MIGRATIONS_FOLDER)
            .filter((file) => file.endsWith('.sql') && !applied.has(file))
            .sort();
          for (const file of pending) {
            const script = readFileSync(path.join(MIGRATIONS_FOLDER, file), 'utf8');
            await database.runScript(script + "\\ninsert into schema_migrations (name) values ('" + file + "');");
          }
          return pending;
        }
      `,
    ),
  ];
}
