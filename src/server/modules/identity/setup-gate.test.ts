import { describe, expect, it } from 'vitest';
import { assertMayBecomeOwner, mayBecomeOwner } from './setup-gate.js';

const token = 'setup-token-0123456789abcdef';

describe('who may become the owner of a fresh installation', () => {
  it('lets the server machine in, with or without a token', () => {
    expect(mayBecomeOwner({ isLocal: true, providedToken: undefined, expectedToken: token })).toBe(true);
    expect(mayBecomeOwner({ isLocal: true, providedToken: undefined, expectedToken: null })).toBe(true);
  });

  it('lets a remote caller in only with the exact setup token', () => {
    expect(mayBecomeOwner({ isLocal: false, providedToken: token, expectedToken: token })).toBe(true);
    expect(mayBecomeOwner({ isLocal: false, providedToken: `${token}x`, expectedToken: token })).toBe(false);
    expect(mayBecomeOwner({ isLocal: false, providedToken: undefined, expectedToken: token })).toBe(false);
  });

  it('refuses a remote caller when no token was prepared, whatever they send', () => {
    expect(mayBecomeOwner({ isLocal: false, providedToken: token, expectedToken: null })).toBe(false);
  });

  it('explains both ways in, in the words of the entry point used', () => {
    const attempt = { isLocal: false, providedToken: undefined, expectedToken: token };
    expect(() => assertMayBecomeOwner(attempt, 'sign-up')).toThrow(
      expect.objectContaining({ code: 'forbidden', hint: expect.stringMatching(/browser.*setup token/s) }),
    );
    expect(() => assertMayBecomeOwner(attempt, 'owner-create')).toThrow(
      expect.objectContaining({
        code: 'forbidden',
        hint: expect.stringMatching(/webnova owner create.*--setup-token/s),
      }),
    );
  });

  it('says so when the token sent is wrong', () => {
    const attempt = { isLocal: false, providedToken: 'wrong', expectedToken: token };
    expect(() => assertMayBecomeOwner(attempt, 'sign-up')).toThrow(/setup token is not right/);
  });
});
