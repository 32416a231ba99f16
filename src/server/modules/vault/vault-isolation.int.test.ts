import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../../db/index.js';
import { createVault, type KeyEncryptionKey, type Vault } from './index.js';
import { addTenant, asTenant, overwriteSecret, randomKek, storedSecret } from './vault-test-support.js';

describe.each(testDatabaseKinds())('the secrets vault keeps secrets apart (%s)', (kind) => {
  const name = 'platform:p1:admin-password';
  let database: TestDatabase;
  let kek: KeyEncryptionKey;
  let vault: Vault;
  let tenantA: string;
  let tenantB: string;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    kek = randomKek();
    vault = createVault(kek);
    tenantA = await addTenant(database);
    tenantB = await addTenant(database);
    await asTenant(database, tenantA, (tx) => vault.put(tx, tenantA, name, 'secret of A'));
    await asTenant(database, tenantB, (tx) => vault.put(tx, tenantB, name, 'secret of B'));
  });
  afterAll(() => database.drop());

  it('hides tenant A’s rows from a transaction of tenant B (row-level security)', async () => {
    const seen = await asTenant(database, tenantB, async (tx) => ({
      secret: await vault.get(tx, tenantA, name),
      names: await vault.names(tx, tenantA),
      rows: await tx.execute(sql`select name from secrets where tenant_id = ${tenantA}`),
      keys: await tx.execute(sql`select version from tenant_data_keys where tenant_id = ${tenantA}`),
    }));
    expect(seen.secret).toBeNull();
    expect(seen.names).toEqual([]);
    expect(seen.rows.rows).toEqual([]);
    expect(seen.keys.rows).toEqual([]);
  });

  it('refuses to write into tenant A from a transaction of tenant B', async () => {
    await expect(
      asTenant(database, tenantB, (tx) => vault.put(tx, tenantA, 'platform:p1:planted', 'x')),
    ).rejects.toThrow();
    expect(await storedSecret(database, tenantA, 'platform:p1:planted')).toBeUndefined();
  });

  it('refuses to decrypt A’s ciphertext copied into B’s row', async () => {
    const ofA = await storedSecret(database, tenantA, name);
    if (!ofA) throw new Error('A has no stored secret');
    await overwriteSecret(database, tenantB, name, ofA);
    await expect(asTenant(database, tenantB, (tx) => vault.get(tx, tenantB, name))).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('failed its integrity check'),
    });
    await asTenant(database, tenantB, (tx) => vault.put(tx, tenantB, name, 'secret of B'));
  });

  it('refuses to decrypt a ciphertext copied to another name of the same tenant', async () => {
    await asTenant(database, tenantA, (tx) => vault.put(tx, tenantA, 'platform:p1:other', 'other'));
    const original = await storedSecret(database, tenantA, name);
    if (!original) throw new Error('A has no stored secret');
    await overwriteSecret(database, tenantA, 'platform:p1:other', original);
    await expect(
      asTenant(database, tenantA, (tx) => vault.get(tx, tenantA, 'platform:p1:other')),
    ).rejects.toThrow(/Secret platform:p1:other of tenant .* failed its integrity check/);
  });

  it.each(['ciphertext', 'tag', 'nonce'] as const)(
    'reports a tampered %s as a clear error, never as garbage',
    async (part) => {
      const tampered = `platform:p2:tampered-${part}`;
      await asTenant(database, tenantA, (tx) => vault.put(tx, tenantA, tampered, 'intact value'));
      const stored = await storedSecret(database, tenantA, tampered);
      if (!stored) throw new Error('nothing stored');
      const flipped = (Number.parseInt(stored[part].slice(0, 2), 16) ^ 0x01).toString(16).padStart(2, '0');
      await overwriteSecret(database, tenantA, tampered, {
        ...stored,
        [part]: flipped + stored[part].slice(2),
      });
      await expect(
        asTenant(database, tenantA, (tx) => vault.get(tx, tenantA, tampered)),
      ).rejects.toMatchObject({
        code: 'internal',
        message: expect.stringContaining('altered or copied'),
        hint: expect.stringContaining('Store the secret again'),
      });
    },
  );

  it('says the master key changed when another KEK is loaded', async () => {
    const otherVault = createVault(randomKek());
    await expect(
      asTenant(database, tenantA, (tx) => otherVault.get(tx, tenantA, name)),
    ).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/^The master key changed: .* cannot be unwrapped/),
      hint: expect.stringContaining('Restore that key'),
    });
    // Writing would also need the data key, so it fails the same way instead of mixing keys.
    await expect(
      asTenant(database, tenantA, (tx) => otherVault.put(tx, tenantA, 'platform:p3:new', 'x')),
    ).rejects.toThrow(/The master key changed/);
  });

  it('says which master key version wrapped the data key when the versions differ', async () => {
    const nextVersion = createVault({ version: 2, key: kek.key });
    await expect(asTenant(database, tenantA, (tx) => nextVersion.get(tx, tenantA, name))).rejects.toThrow(
      /The master key changed: .* wrapped by master key version 1, but version 2 is loaded/,
    );
  });

  it('still reads every secret with the right key', async () => {
    expect(await asTenant(database, tenantA, (tx) => vault.get(tx, tenantA, name))).toBe('secret of A');
    expect(await asTenant(database, tenantB, (tx) => vault.get(tx, tenantB, name))).toBe('secret of B');
  });
});
