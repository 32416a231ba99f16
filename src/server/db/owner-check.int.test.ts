import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from './index.js';

const adminUrl = process.env.TEST_DATABASE_URL;

describe.runIf(adminUrl)('the PostgreSQL user WebNova connects as', () => {
  it('is refused at startup, with the fix named, when it cannot bypass row-level security', async () => {
    const name = `webnova_owner_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create role ${name} login nosuperuser nobypassrls`);
    await admin.query(`create database ${name} owner ${name}`);
    const url = new URL(adminUrl!);
    url.username = name;
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString() });
    try {
      await expect(migrateDatabase(database)).rejects.toMatchObject({
        code: 'unavailable',
        message: expect.stringMatching(new RegExp(`${name} cannot bypass row-level security`)),
        hint: expect.stringMatching(new RegExp(`ALTER ROLE ${name} BYPASSRLS`)),
      });
    } finally {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`drop role if exists ${name}`);
      await admin.end();
    }
  });
});
