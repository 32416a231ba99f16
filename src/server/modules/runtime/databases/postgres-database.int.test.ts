import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../../../../kernel/index.js';
import {
  dropPlatformDatabase,
  provisionPlatformDatabase,
  type DatabaseHost,
  type PlatformDatabase,
} from './index.js';
import { withClient } from './postgres-test-support.js';

const adminUrl = process.env.TEST_DATABASE_URL;

/** The platform's own URL (its role and password) aimed at another database. */
function urlToDatabase(database: PlatformDatabase, databaseName: string): string {
  const url = new URL(database.env.DATABASE_URL ?? '');
  url.pathname = `/${databaseName}`;
  return url.toString();
}

function databaseNameOf(database: PlatformDatabase): string {
  return new URL(database.env.DATABASE_URL ?? '').pathname.slice(1);
}

describe.skipIf(!adminUrl)('PostgreSQL platform databases', () => {
  const host: DatabaseHost = { kind: 'postgres', adminUrl: adminUrl ?? '' };
  const platformA = newId();
  const platformB = newId();
  const platformC = newId();

  afterAll(async () => {
    for (const id of [platformA, platformB, platformC]) await dropPlatformDatabase(host, id);
  });

  it('gives each platform a database it can create tables and write in', async () => {
    const a = await provisionPlatformDatabase(host, { platformId: platformA, password: 'password-of-a' });
    expect(a.kind).toBe('postgres');
    expect(databaseNameOf(a)).toBe(`wnp_${platformA.replaceAll('-', '')}`);
    expect(a.label).not.toContain('password-of-a');
    const rows = await withClient(a.env.DATABASE_URL ?? '', async (client) => {
      await client.query('create table notes (id int primary key, body text)');
      await client.query("insert into notes values (1, 'hello')");
      return (await client.query<{ body: string }>('select body from notes')).rows;
    });
    expect(rows).toEqual([{ body: 'hello' }]);
  });

  it("keeps each platform's role out of the other's database", async () => {
    const a = await provisionPlatformDatabase(host, { platformId: platformA, password: 'password-of-a' });
    const b = await provisionPlatformDatabase(host, { platformId: platformB, password: 'password-of-b' });
    await withClient(b.env.DATABASE_URL ?? '', (client) => client.query('create table secrets (id int)'));
    await expect(
      withClient(urlToDatabase(a, databaseNameOf(b)), (client) => client.query('select 1')),
    ).rejects.toMatchObject({
      code: '42501',
      message: expect.stringContaining('permission denied') as unknown,
    });
    await expect(
      withClient(urlToDatabase(b, databaseNameOf(a)), (client) => client.query('select 1')),
    ).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('gives the role no powers beyond its own database', async () => {
    const roles = await withClient(
      adminUrl ?? '',
      async (client) =>
        (
          await client.query<Record<string, boolean>>(
            'select rolsuper, rolcreatedb, rolcreaterole, rolbypassrls, rolcanlogin from pg_roles where rolname = $1',
            [`wnp_${platformA.replaceAll('-', '')}`],
          )
        ).rows,
    );
    expect(roles).toEqual([
      { rolsuper: false, rolcreatedb: false, rolcreaterole: false, rolbypassrls: false, rolcanlogin: true },
    ]);
  });

  it('provisions again, and concurrently, without failing or losing data', async () => {
    // This machine's PostgreSQL may trust local connections, so the stored verifier shows the new password.
    const storedPassword = () =>
      withClient(adminUrl ?? '', async (client) => {
        const result = await client.query<{ rolpassword: string | null }>(
          'select rolpassword from pg_authid where rolname = $1',
          [`wnp_${platformA.replaceAll('-', '')}`],
        );
        return result.rows[0]?.rolpassword;
      });
    const before = await storedPassword();
    expect(before).toEqual(expect.any(String));
    const again = await provisionPlatformDatabase(host, {
      platformId: platformA,
      password: 'new-password-of-a',
    });
    expect(again.env.DATABASE_URL).toContain('new-password-of-a');
    expect(await storedPassword()).not.toBe(before);
    const rows = await withClient(
      again.env.DATABASE_URL ?? '',
      async (client) => (await client.query('select * from notes')).rows,
    );
    expect(rows).toHaveLength(1);
    const together = await Promise.all(
      [1, 2, 3].map(() =>
        provisionPlatformDatabase(host, { platformId: platformC, password: 'password-of-c' }),
      ),
    );
    expect(new Set(together.map((database) => database.env.DATABASE_URL)).size).toBe(1);
    await withClient(together[0]?.env.DATABASE_URL ?? '', (client) => client.query('select 1'));
  });

  it('drops both the database and the role', async () => {
    await provisionPlatformDatabase(host, { platformId: platformB, password: 'password-of-b' });
    await dropPlatformDatabase(host, platformB);
    await dropPlatformDatabase(host, platformB);
    const name = `wnp_${platformB.replaceAll('-', '')}`;
    const left = await withClient(adminUrl ?? '', async (client) => ({
      databases: (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount,
      roles: (await client.query('select 1 from pg_roles where rolname = $1', [name])).rowCount,
    }));
    expect(left).toEqual({ databases: 0, roles: 0 });
  });
});
