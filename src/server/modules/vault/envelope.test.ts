import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  dataKeyAssociatedData,
  generateKey,
  KEY_BYTES,
  seal,
  SealBrokenError,
  secretAssociatedData,
  unseal,
  type Sealed,
} from './envelope.js';

const plaintext = Buffer.from('correct horse battery staple', 'utf8');
const context = 'tenant-a:platform:1:admin-password';

function flipFirstBit(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  copy[0] = (copy[0] ?? 0) ^ 1;
  return copy;
}

describe('seal and unseal (AES-256-GCM)', () => {
  it('gives back the plaintext with the same key and associated data', () => {
    const key = generateKey();
    expect(unseal(key, seal(key, plaintext, context), context)).toEqual(plaintext);
  });

  it('round-trips the empty plaintext and multi-byte text', () => {
    const key = generateKey();
    for (const text of ['', 'pässwörd ✓ 密码']) {
      const bytes = Buffer.from(text, 'utf8');
      expect(unseal(key, seal(key, bytes, context), context).toString('utf8')).toBe(text);
    }
  });

  it('produces ciphertext that does not contain the plaintext, under a fresh nonce each time', () => {
    const key = generateKey();
    const first = seal(key, plaintext, context);
    const second = seal(key, plaintext, context);
    expect(first.ciphertext.includes(plaintext)).toBe(false);
    expect(first.ciphertext).toHaveLength(plaintext.length);
    expect(first.nonce).toHaveLength(12);
    expect(first.tag).toHaveLength(16);
    expect(first.nonce.equals(second.nonce)).toBe(false);
    expect(first.ciphertext.equals(second.ciphertext)).toBe(false);
  });

  it('refuses other associated data: a ciphertext cannot move to another row', () => {
    const key = generateKey();
    const sealed = seal(key, plaintext, context);
    expect(() => unseal(key, sealed, 'tenant-b:platform:1:admin-password')).toThrow(SealBrokenError);
  });

  it('refuses another key', () => {
    const sealed = seal(generateKey(), plaintext, context);
    expect(() => unseal(generateKey(), sealed, context)).toThrow(SealBrokenError);
  });

  it.each<[string, (sealed: Sealed) => Sealed]>([
    ['ciphertext', (sealed) => ({ ...sealed, ciphertext: flipFirstBit(sealed.ciphertext) })],
    ['tag', (sealed) => ({ ...sealed, tag: flipFirstBit(sealed.tag) })],
    ['nonce', (sealed) => ({ ...sealed, nonce: flipFirstBit(sealed.nonce) })],
    ['a truncated tag', (sealed) => ({ ...sealed, tag: sealed.tag.subarray(0, 4) })],
    ['a short nonce', (sealed) => ({ ...sealed, nonce: sealed.nonce.subarray(0, 8) })],
  ])('refuses a seal with altered %s', (_part, tamper) => {
    const key = generateKey();
    expect(() => unseal(key, tamper(seal(key, plaintext, context)), context)).toThrow(SealBrokenError);
  });

  it('rejects keys that are not 256 bits', () => {
    expect(() => seal(randomBytes(16), plaintext, context)).toThrow(/32 bytes, not 16/);
    expect(generateKey()).toHaveLength(KEY_BYTES);
  });
});

describe('associated data', () => {
  it('binds a secret to its tenant and name', () => {
    expect(secretAssociatedData('t1', 'platform:p:admin-password')).toBe('t1:platform:p:admin-password');
    expect(secretAssociatedData('t1', 'a')).not.toBe(secretAssociatedData('t2', 'a'));
  });

  it('binds a wrapped data key to its tenant and version', () => {
    expect(dataKeyAssociatedData('t1', 1)).not.toBe(dataKeyAssociatedData('t2', 1));
    expect(dataKeyAssociatedData('t1', 1)).not.toBe(dataKeyAssociatedData('t1', 2));
  });
});
