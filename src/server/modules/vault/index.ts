/**
 * The secrets vault: passwords and keys WebNova generates or is given (a generated platform's first
 * administrator password, its data encryption key and database role password; later provider API keys),
 * stored encrypted per tenant and never listed with their values.
 *
 * Envelope encryption with AES-256-GCM: the installation's key-encryption key (WEBNOVA_MASTER_KEY, or
 * `<dataDir>/master.key` for embedded installations) wraps one random data key per tenant, and that key
 * encrypts each secret with its tenant and name as associated data, so a ciphertext copied to another
 * row or tenant does not decrypt.
 *
 * @example
 * const vault = createVault(await loadKeyEncryptionKey({ masterKeyBase64: env.WEBNOVA_MASTER_KEY, dataDir }));
 * const password = await withTenant(db, { tenantId }, (tx) =>
 *   vault.getOrCreate(tx, tenantId, `platform:${platformId}:admin-password`, () => randomSecret()),
 * );
 * @module
 */
export { createVault, type Vault } from './vault.js';
export {
  loadKeyEncryptionKey,
  MASTER_KEY_VARIABLE,
  type KeyEncryptionKey,
  type LoadKeyEncryptionKeyOptions,
} from './master-key.js';
