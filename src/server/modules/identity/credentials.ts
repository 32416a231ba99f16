import { randomSecret, sha256Hex } from '../../../kernel/index.js';

/** Marks WebNova API tokens so secret scanners and people recognize them. */
export const API_TOKEN_MARK = 'wn_';

/** How much of a token is kept in clear to tell tokens apart in lists: the mark and 8 random characters. */
const PREFIX_LENGTH = API_TOKEN_MARK.length + 8;

export interface NewCredential {
  /** Given to the caller once, never stored. */
  secret: string;
  /** What is stored and looked up: a leaked table does not give working credentials. */
  hash: string;
}

export function newSessionCredential(): NewCredential {
  const secret = randomSecret(32);
  return { secret, hash: credentialHash(secret) };
}

export function newApiTokenCredential(): NewCredential & { prefix: string } {
  const secret = `${API_TOKEN_MARK}${randomSecret(32)}`;
  return { secret, hash: credentialHash(secret), prefix: secret.slice(0, PREFIX_LENGTH) };
}

/** Secrets carry 256 random bits, so a plain SHA-256 suffices: there is nothing to brute-force. */
export function credentialHash(secret: string): string {
  return sha256Hex(secret);
}
