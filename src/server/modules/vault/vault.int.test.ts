import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../db/index.js';
import { createVault, type Vault } from './index.js';
import { addTenant, asTenant, randomKek, storedSecret } from './vault-test-support.js';

describe.each(testDatabaseKinds())('the secrets vault (%s)', (kind) => {
  let database: TestDatabase;
  let vault: Vault;
  let tenant: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    vault = createVault(randomKek());
    tenant = await addTenant(database);
  });
  afterAll(() => database.drop());

  const inTenant = <T>(work: Parameters<typeof asTenant<T>>[2]) => asTenant(database, tenant, work);

  it('gives back what was put, and null for a name never stored', async () => {
    const value = 'pässwörd ✓ 密码 with a long tail '.repeat(20);
    await inTenant((tx) => vault.put(tx, tenant, 'platform:p1:admin-password', value));
    expect(await inTenant((tx) => vault.get(tx, tenant, 'platform:p1:admin-password'))).toBe(value);
    expect(await inTenant((tx) => vault.get(tx, tenant, 'platform:p1:nothing'))).toBeNull();
  });

  it('replaces the value on a second put, under a fresh nonce', async () => {
    const name = 'platform:p2:db-password';
    await inTenant((tx) => vault.put(tx, tenant, name, 'first'));
    const before = await storedSecret(database, tenant, name);
    await inTenant((tx) => vault.put(tx, tenant, name, 'second'));
    expect(await inTenant((tx) => vault.get(tx, tenant, name))).toBe('second');
    expect((await storedSecret(database, tenant, name))?.nonce).not.toBe(before?.nonce);
  });

  it('stores bytes that contain neither the plaintext nor a common encoding of it', async () => {
    const value = 'plaintext-that-must-not-leak-0123456789';
    await inTenant((tx) => vault.put(tx, tenant, 'platform:p3:admin-password', value));
    const rows = await database.query<{ row: string }>(
      `select row_to_json(s)::text as row from secrets s where name = 'platform:p3:admin-password'
       union all select row_to_json(k)::text from tenant_data_keys k`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const dump = rows.map((row) => row.row).join('\n');
    for (const encoded of [
      value,
      Buffer.from(value).toString('hex'),
      Buffer.from(value).toString('base64'),
    ]) {
      expect(dump).not.toContain(encoded);
    }
  });

  it('keeps one data key per tenant, wrapped under the KEK version', async () => {
    await inTenant((tx) => vault.put(tx, tenant, 'platform:p4:a', 'a'));
    const keys = await database.query<{ version: number; kek_version: number; bytes: number }>(
      `select version, kek_version, octet_length(wrapped_key) as bytes from tenant_data_keys where tenant_id = $1`,
      [tenant],
    );
    expect(keys).toEqual([{ version: 1, kek_version: 1, bytes: 32 }]);
  });

  it('removes a secret, and removing a missing one is no error', async () => {
    await inTenant((tx) => vault.put(tx, tenant, 'platform:p5:gone', 'x'));
    await inTenant((tx) => vault.remove(tx, tenant, 'platform:p5:gone'));
    await inTenant((tx) => vault.remove(tx, tenant, 'platform:p5:gone'));
    expect(await inTenant((tx) => vault.get(tx, tenant, 'platform:p5:gone'))).toBeNull();
  });

  it('lists names only, sorted, filtered by a literal prefix', async () => {
    const other = await addTenant(database);
    const inOther = <T>(work: Parameters<typeof asTenant<T>>[2]) => asTenant(database, other, work);
    for (const name of ['platform:b_1:key', 'platform:a:key', 'platform:bx1:key', 'provider:anthropic'])
      await inOther((tx) => vault.put(tx, other, name, `value of ${name}`));

    expect(await inOther((tx) => vault.names(tx, other))).toEqual([
      'platform:a:key',
      'platform:b_1:key',
      'platform:bx1:key',
      'provider:anthropic',
    ]);
    expect(await inOther((tx) => vault.names(tx, other, 'platform:'))).toHaveLength(3);
    // `_` would be a wildcard in LIKE; a prefix matches literally.
    expect(await inOther((tx) => vault.names(tx, other, 'platform:b_'))).toEqual(['platform:b_1:key']);
    expect(await inOther((tx) => vault.names(tx, other, 'nothing:'))).toEqual([]);
  });

  it('getOrCreate returns the stored value without calling make', async () => {
    await inTenant((tx) => vault.put(tx, tenant, 'platform:p6:key', 'kept'));
    const made = await inTenant((tx) =>
      vault.getOrCreate(tx, tenant, 'platform:p6:key', () => {
        throw new Error('make must not be called');
      }),
    );
    expect(made).toBe('kept');
  });

  it('getOrCreate called concurrently stores one value and gives it to every caller', async () => {
    // A fresh tenant, so the callers also race to create its data key.
    const fresh = await addTenant(database);
    let made = 0;
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        asTenant(database, fresh, (tx) =>
          vault.getOrCreate(tx, fresh, 'platform:p7:admin-password', () => `value-${++made}`),
        ),
      ),
    );
    expect(new Set(results).size).toBe(1);
    expect(made).toBeGreaterThanOrEqual(1);
    const stored = await asTenant(database, fresh, (tx) =>
      vault.get(tx, fresh, 'platform:p7:admin-password'),
    );
    expect(stored).toBe(results[0]);
    const keys = await database.query(`select 1 from tenant_data_keys where tenant_id = $1`, [fresh]);
    expect(keys).toHaveLength(1);
  });

  it('rejects an invalid name with a bad_request', async () => {
    await expect(inTenant((tx) => vault.put(tx, tenant, 'has space', 'x'))).rejects.toMatchObject({
      code: 'bad_request',
    });
  });

  it('deletes a tenant’s data key and secrets with the tenant', async () => {
    const doomed = await addTenant(database);
    await asTenant(database, doomed, (tx) => vault.put(tx, doomed, 'platform:p8:key', 'x'));
    await database.query(`delete from tenants where id = $1`, [doomed]);
    const left = await database.query(
      `select tenant_id from secrets where tenant_id = $1 union all select tenant_id from tenant_data_keys where tenant_id = $1`,
      [doomed],
    );
    expect(left).toEqual([]);
  });
});
