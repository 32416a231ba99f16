import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../kernel/index.js';
import { API_TOKEN_MARK, newApiTokenCredential, newSessionCredential } from './credentials.js';

describe('credentials', () => {
  it('makes API tokens that start with the WebNova mark and keep only a short prefix in clear', () => {
    const token = newApiTokenCredential();
    expect(token.secret.startsWith(API_TOKEN_MARK)).toBe(true);
    expect(token.secret.length).toBeGreaterThan(40);
    expect(token.prefix).toBe(token.secret.slice(0, 11));
    expect(token.hash).toBe(sha256Hex(token.secret));
    expect(token.hash).not.toContain(token.secret);
  });

  it('never makes the same secret twice', () => {
    const secrets = new Set(Array.from({ length: 50 }, () => newSessionCredential().secret));
    expect(secrets.size).toBe(50);
  });
});
