import { and, asc, eq, sql } from 'drizzle-orm';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { currentDataKey, dataKeyOfVersion } from './data-keys.js';
import { seal, SealBrokenError, secretAssociatedData, unseal } from './envelope.js';
import type { KeyEncryptionKey } from './master-key.js';
import { secrets } from './schema.js';
import { assertSecretName } from './secret-names.js';

/**
 * Encrypted secrets of a tenant. Every method runs in the caller's transaction, which must be a
 * `withTenant` one for the same tenant: row-level security is the outer wall, encryption the inner one.
 */
export interface Vault {
  /** Stores `value` under `name`, replacing what was there. */
  put(tx: AppTx, tenantId: string, name: string, value: string): Promise<void>;
  /** The value, or null when there is no such secret. */
  get(tx: AppTx, tenantId: string, name: string): Promise<string | null>;
  /** The stored value, else stores `make()`; concurrent callers all get the one value that was stored. */
  getOrCreate(tx: AppTx, tenantId: string, name: string, make: () => string): Promise<string>;
  /** Deletes the secret; nothing happens if there is none. */
  remove(tx: AppTx, tenantId: string, name: string): Promise<void>;
  /** The names of the tenant's secrets (starting with `prefix` when given), sorted; never their values. */
  names(tx: AppTx, tenantId: string, prefix?: string): Promise<string[]>;
}

export function createVault(kek: KeyEncryptionKey): Vault {
  const encrypt = async (tx: AppTx, tenantId: string, name: string, value: string) => {
    const dataKey = await currentDataKey(tx, kek, tenantId);
    const sealed = seal(dataKey.key, Buffer.from(value, 'utf8'), secretAssociatedData(tenantId, name));
    return { tenantId, name, dataKeyVersion: dataKey.version, ...sealed };
  };

  const get: Vault['get'] = async (tx, tenantId, name) => {
    assertSecretName(name);
    const [row] = await tx
      .select()
      .from(secrets)
      .where(and(eq(secrets.tenantId, tenantId), eq(secrets.name, name)));
    if (!row) return null;
    const dataKey = await dataKeyOfVersion(tx, kek, tenantId, row.dataKeyVersion);
    try {
      return unseal(dataKey.key, row, secretAssociatedData(tenantId, name)).toString('utf8');
    } catch (error) {
      if (!(error instanceof SealBrokenError)) throw error;
      throw new AppError(
        'internal',
        `Secret ${name} of tenant ${tenantId} failed its integrity check: its stored bytes were altered or copied from another secret`,
        {
          hint: 'Store the secret again (put) or remove it; its old value cannot be recovered.',
          cause: error,
        },
      );
    }
  };

  return {
    get,

    async put(tx, tenantId, name, value) {
      assertSecretName(name);
      const row = await encrypt(tx, tenantId, name, value);
      await tx
        .insert(secrets)
        .values(row)
        .onConflictDoUpdate({
          target: [secrets.tenantId, secrets.name],
          set: {
            dataKeyVersion: row.dataKeyVersion,
            nonce: row.nonce,
            ciphertext: row.ciphertext,
            tag: row.tag,
            updatedAt: sql`now()`,
          },
        });
    },

    async getOrCreate(tx, tenantId, name, make) {
      const existing = await get(tx, tenantId, name);
      if (existing !== null) return existing;
      // If another transaction inserts the same name first, this insert waits for it to commit and then
      // does nothing, and the read below (a new statement, so a new snapshot) returns the winner's value.
      await tx
        .insert(secrets)
        .values(await encrypt(tx, tenantId, name, make()))
        .onConflictDoNothing();
      const stored = await get(tx, tenantId, name);
      if (stored === null) throw new Error(`secret ${name} vanished right after it was stored`);
      return stored;
    },

    async remove(tx, tenantId, name) {
      assertSecretName(name);
      await tx.delete(secrets).where(and(eq(secrets.tenantId, tenantId), eq(secrets.name, name)));
    },

    async names(tx, tenantId, prefix) {
      const rows = await tx
        .select({ name: secrets.name })
        .from(secrets)
        .where(
          and(
            eq(secrets.tenantId, tenantId),
            prefix ? sql`starts_with(${secrets.name}, ${prefix})` : undefined,
          ),
        )
        .orderBy(asc(secrets.name));
      return rows.map((row) => row.name);
    },
  };
}
