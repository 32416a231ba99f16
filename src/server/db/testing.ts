import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from './open-database.js';
import { migrateDatabase } from './migrate.js';
import type { Database, DatabaseKind } from './types.js';

/**
 * The databases integration tests run on: always in-memory PGlite, and the PostgreSQL server named by
 * `TEST_DATABASE_URL` when it is set (CI sets it). Use with `describe.each(testDatabaseKinds())`.
 */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export interface TestDatabase extends Database {
  /** For PostgreSQL, the URL of this test's own database (to open a second connection). */
  readonly url: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, migrated database of the given kind; on PostgreSQL a new database, dropped by `drop()`. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({});
    await migrateDatabase(database);
    return { ...database, url: undefined, drop: () => database.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `webnova_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 20 });
  await migrateDatabase(database);
  return {
    ...database,
    url: url.toString(),
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
