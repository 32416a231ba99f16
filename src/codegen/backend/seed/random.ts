import { createHash } from 'node:crypto';

/** A small deterministic random source: the same seed text always gives the same sequence. */
export interface SeededRandom {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [low, high], both included. */
  integer(low: number, high: number): number;
  pick<T>(items: readonly T[]): T;
}

function seedNumberOf(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32LE(0);
}

/**
 * Mulberry32 seeded with the first 32 bits of SHA-256 of the text: fast, well spread, and reproducible
 * across machines and Node versions, unlike `Math.random`.
 * @example seededRandom('city-clinic/Patient').integer(1, 6)
 */
export function seededRandom(seedText: string): SeededRandom {
  let state = seedNumberOf(seedText);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  const integer = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  return {
    next,
    integer,
    pick: <T>(items: readonly T[]): T => {
      const item = items[integer(0, items.length - 1)];
      if (item === undefined) throw new Error('Cannot pick from an empty list');
      return item;
    },
  };
}

/**
 * A UUID derived from the text (version 8, "custom"): seed rows keep the same ids across runs, which is
 * what lets seeding twice skip the rows it already wrote.
 */
export function deterministicUuid(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex').slice(0, 32).split('');
  hex[12] = '8';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const joined = hex.join('');
  return [
    joined.slice(0, 8),
    joined.slice(8, 12),
    joined.slice(12, 16),
    joined.slice(16, 20),
    joined.slice(20, 32),
  ].join('-');
}
