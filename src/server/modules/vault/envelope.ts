import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// AES-256-GCM, the one cipher of the vault, for both layers of the envelope: the KEK wrapping a tenant's
// data key, and a data key encrypting a secret. Pure functions over bytes: no database, no files.

export const KEY_BYTES = 32;
/** 96-bit nonces, the size GCM is specified for; random per encryption, never reused with a key. */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const CIPHER = 'aes-256-gcm';

/** What one encryption produces; all three parts are needed to decrypt. */
export interface Sealed {
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/** The tag did not verify: wrong key, altered bytes, or associated data other than at encryption. */
export class SealBrokenError extends Error {
  constructor(cause?: unknown) {
    super('the authentication tag does not match', { cause });
    this.name = 'SealBrokenError';
  }
}

/** A fresh random 256-bit key. */
export function generateKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * Encrypts `plaintext` under `key`, authenticating `associatedData` with it: decryption succeeds only
 * with the same associated data, which is how a ciphertext stays bound to the row it was written for.
 */
export function seal(key: Buffer, plaintext: Buffer, associatedData: string): Sealed {
  assertKeyLength(key);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(CIPHER, key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { nonce, ciphertext, tag: cipher.getAuthTag() };
}

/** Decrypts what `seal` produced, or throws `SealBrokenError`; it never returns unverified bytes. */
export function unseal(key: Buffer, sealed: Sealed, associatedData: string): Buffer {
  assertKeyLength(key);
  // Node rejects a malformed nonce or tag by throwing too; to a caller they are all the same broken seal.
  if (sealed.nonce.length !== NONCE_BYTES || sealed.tag.length !== TAG_BYTES) throw new SealBrokenError();
  try {
    const decipher = createDecipheriv(CIPHER, key, sealed.nonce, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(associatedData, 'utf8'));
    decipher.setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch (error) {
    throw new SealBrokenError(error);
  }
}

/** A secret's ciphertext is bound to its tenant and name, so it cannot be moved to another row. */
export function secretAssociatedData(tenantId: string, name: string): string {
  return `${tenantId}:${name}`;
}

/** A wrapped data key is bound to its tenant and version, so it cannot be moved to another tenant. */
export function dataKeyAssociatedData(tenantId: string, version: number): string {
  return `data-key:${tenantId}:${version}`;
}

function assertKeyLength(key: Buffer): void {
  // A programming error, not a user's: keys come from loadKeyEncryptionKey and generateKey only.
  if (key.length !== KEY_BYTES) throw new Error(`an AES-256 key has ${KEY_BYTES} bytes, not ${key.length}`);
}
