import { describe, expect, it } from 'vitest';
import { withoutCookies } from './cookie-filter.js';

const WEBNOVA = new Set(['webnova_session', 'webnova_csrf']);

describe('withoutCookies', () => {
  it('removes the named cookies and keeps the others in order', () => {
    expect(withoutCookies('a=1; webnova_session=s; b=2;webnova_csrf=c', WEBNOVA)).toBe('a=1; b=2');
  });

  it('leaves nothing when only named cookies were sent', () => {
    expect(withoutCookies('webnova_session=s; webnova_csrf=c', WEBNOVA)).toBeUndefined();
  });

  it('matches whole names only, so a lookalike prefix is kept', () => {
    expect(withoutCookies('webnova_session_extra=1', WEBNOVA)).toBe('webnova_session_extra=1');
  });

  it('keeps a value that contains = and tolerates empty pairs', () => {
    expect(withoutCookies('token=a=b==; ; webnova_session=x', WEBNOVA)).toBe('token=a=b==');
  });

  it('passes an absent header through', () => {
    expect(withoutCookies(undefined, WEBNOVA)).toBeUndefined();
  });
});
