import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../../../../kernel/index.js';
import {
  dropPlatformDatabase,
  provisionPlatformDatabase,
  snapshotPlatformDatabase,
  type DatabaseHost,
} from './index.js';
import { withClient } from './postgres-test-support.js';

const adminUrl = process.env.TEST_DATABASE_URL;

const namesOf = (platformId: string) => {
  const name = `wnp_${platformId.replaceAll('-', '')}`;
  return { name, copy: `${name}_before` };
};

/** Which of the platform's databases exist, and whether PUBLIC (any other role) may connect to each. */
async function databasesOf(platformId: string) {
  const { name, copy } = namesOf(platformId);
  return withClient(adminUrl ?? '', async (client) => {
    const result = await client.query<{ datname: string; public_connect: boolean; owner: string }>(
      `select datname, pg_get_userbyid(datdba) as owner,
              has_database_privilege('public', oid, 'CONNECT') as public_connect
         from pg_database where datname = any($1) order by datname`,
      [[name, copy]],
    );
    return result.rows;
  });
}

describe.skipIf(!adminUrl)('snapshots of PostgreSQL platform databases', () => {
  const host: DatabaseHost = { kind: 'postgres', adminUrl: adminUrl ?? '' };
  const restored = newId();
  const kept = newId();
  const other = newId();

  afterAll(async () => {
    for (const id of [restored, kept, other]) await dropPlatformDatabase(host, id);
  });

  it('puts the database back as it was, with its owner and without PUBLIC access', async () => {
    const database = await provisionPlatformDatabase(host, { platformId: restored, password: 'pw-restored' });
    const url = database.env.DATABASE_URL ?? '';
    await withClient(url, async (client) => {
      await client.query('create table patients (id int primary key, phone text)');
      await client.query("insert into patients values (1, '0501234567'), (2, null)");
    });

    const snapshot = await snapshotPlatformDatabase(host, restored, undefined);
    expect((await databasesOf(restored)).map((row) => row.public_connect)).toEqual([false, false]);
    // What a new version's migration might do before its health check fails: not additive.
    await withClient(url, async (client) => {
      await client.query('alter table patients drop column phone');
      await client.query('delete from patients where id = 2');
    });
    await snapshot.restore();
    await snapshot.restore();

    const rows = await withClient(url, async (client) => {
      return (await client.query('select id, phone from patients order by id')).rows;
    });
    expect(rows).toEqual([
      { id: 1, phone: '0501234567' },
      { id: 2, phone: null },
    ]);
    const { name } = namesOf(restored);
    expect(await databasesOf(restored)).toEqual([{ datname: name, owner: name, public_connect: false }]);

    // Another platform's role still cannot connect to the restored database.
    const stranger = await provisionPlatformDatabase(host, { platformId: other, password: 'pw-other' });
    const strangerUrl = new URL(stranger.env.DATABASE_URL ?? '');
    strangerUrl.pathname = `/${name}`;
    await expect(
      withClient(strangerUrl.toString(), (client) => client.query('select 1')),
    ).rejects.toMatchObject({
      code: '42501',
    });
  });

  it('keeps the database as it is now when the snapshot is discarded, and leaves no copy', async () => {
    const database = await provisionPlatformDatabase(host, { platformId: kept, password: 'pw-kept' });
    const url = database.env.DATABASE_URL ?? '';
    await withClient(url, (client) => client.query('create table notes (body text)'));
    const snapshot = await snapshotPlatformDatabase(host, kept, undefined);
    await withClient(url, (client) => client.query("insert into notes values ('after the snapshot')"));
    await snapshot.discard();
    await snapshot.restore();
    const rows = await withClient(url, async (client) => (await client.query('select body from notes')).rows);
    expect(rows).toEqual([{ body: 'after the snapshot' }]);
    expect((await databasesOf(kept)).map((row) => row.datname)).toEqual([namesOf(kept).name]);
  });

  it('drops a copy a stopped redeploy left behind, with the database and its role', async () => {
    await snapshotPlatformDatabase(host, kept, undefined);
    expect(await databasesOf(kept)).toHaveLength(2);
    await dropPlatformDatabase(host, kept);
    expect(await databasesOf(kept)).toEqual([]);
  });
});
