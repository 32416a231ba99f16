import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff.js';
import { formatCursor, parseCursor } from './cursor.js';
import { satisfies } from './expected-version.js';
import { partitionOf } from './partition.js';
import { cartRegistry } from './test-fixtures.js';

describe('expected versions', () => {
  it.each([
    ['any', 0, true],
    ['any', 7, true],
    ['no_stream', 0, true],
    ['no_stream', 1, false],
    ['stream_exists', 0, false],
    ['stream_exists', 3, true],
    [3, 3, true],
    [3, 4, false],
  ] as const)('%s against version %s is %s', (expected, actual, ok) => {
    expect(satisfies(expected, actual)).toBe(ok);
  });
});

describe('partitions, backoff and cursors', () => {
  it('puts a stream in the same partition every time, spreading streams over all partitions', () => {
    expect(partitionOf('cart-1', 8)).toBe(partitionOf('cart-1', 8));
    const used = new Set(Array.from({ length: 200 }, (_, n) => partitionOf(`cart-${n}`, 8)));
    expect(used.size).toBe(8);
    expect(partitionOf('anything', 1)).toBe(0);
  });

  it('doubles the backoff up to its cap', () => {
    const policy = { initialMs: 100, maxMs: 1_000 };
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, policy))).toEqual([
      100, 200, 400, 800, 1_000,
    ]);
  });

  it('round-trips cursors beyond 2^53 transaction ids and refuses malformed ones', () => {
    expect(formatCursor(parseCursor('18446744073709551615:42'))).toBe('18446744073709551615:42');
    expect(() => parseCursor('12')).toThrow(/not valid/);
  });
});

describe('event registry', () => {
  it('validates registered types and upcasts old versions step by step', () => {
    const registry = cartRegistry();
    expect(registry.prepare('ItemAdded', { sku: 'a', quantity: 1 }, false)).toEqual({
      schemaVersion: 2,
      data: { sku: 'a', quantity: 1 },
    });
    expect(() => registry.prepare('ItemAdded', { sku: 'a', qty: 1 }, true)).toThrow(/contract/);
    expect(registry.upcast('ItemAdded', 1, { sku: 'a', qty: 3 })).toEqual({
      schemaVersion: 2,
      data: { sku: 'a', quantity: 3 },
    });
  });

  it('accepts unregistered objects only when allowed, and only up to 64 KB', () => {
    const registry = cartRegistry();
    expect(() => registry.prepare('x.Thing', {}, false)).toThrow(/not registered/);
    expect(registry.prepare('x.Thing', { a: 1 }, true)).toEqual({ schemaVersion: 1, data: { a: 1 } });
    expect(() => registry.prepare('x.Thing', { a: 'x'.repeat(65 * 1024) }, true)).toThrow(/64 KB/);
  });
});
