import { randomBytes } from 'node:crypto';
import { newId } from '../../../kernel/index.js';
import { withTenant, type AppTx, type TestDatabase } from '../../db/index.js';
import type { KeyEncryptionKey } from './master-key.js';

export function randomKek(version = 1): KeyEncryptionKey {
  return { version, key: randomBytes(32) };
}

/** Inserts a tenant (as the owner, like sign-up does) and returns its id. */
export async function addTenant(database: TestDatabase): Promise<string> {
  const id = newId();
  await database.query(`insert into tenants (id, slug, name) values ($1, $2, 'Vault test')`, [
    id,
    `vault-${id.slice(-12)}`,
  ]);
  return id;
}

/** Runs `work` in a transaction confined to `tenantId`, the way requests do. */
export function asTenant<T>(
  database: TestDatabase,
  tenantId: string,
  work: (tx: AppTx) => Promise<T>,
): Promise<T> {
  return withTenant(database.db, { tenantId }, work);
}

export interface StoredSecretHex {
  nonce: string;
  ciphertext: string;
  tag: string;
}

/** The stored bytes of a secret as hex, read as the owner past row-level security. */
export async function storedSecret(
  database: TestDatabase,
  tenantId: string,
  name: string,
): Promise<StoredSecretHex | undefined> {
  const [row] = await database.query<StoredSecretHex>(
    `select encode(nonce, 'hex') as nonce, encode(ciphertext, 'hex') as ciphertext, encode(tag, 'hex') as tag
       from secrets where tenant_id = $1 and name = $2`,
    [tenantId, name],
  );
  return row;
}

/** Overwrites a secret's stored bytes, as an attacker with database access could. */
export async function overwriteSecret(
  database: TestDatabase,
  tenantId: string,
  name: string,
  stored: StoredSecretHex,
): Promise<void> {
  await database.query(
    `update secrets set nonce = decode($3, 'hex'), ciphertext = decode($4, 'hex'), tag = decode($5, 'hex')
      where tenant_id = $1 and name = $2`,
    [tenantId, name, stored.nonce, stored.ciphertext, stored.tag],
  );
}
