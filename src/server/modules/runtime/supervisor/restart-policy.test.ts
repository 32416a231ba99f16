import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  decideAfterCrash,
  DEFAULT_RESTART_POLICY,
  hasCrashes,
  NO_CRASHES,
  resolvePolicy,
  type CrashHistory,
  type CrashVerdict,
} from './restart-policy.js';

const policy = resolvePolicy();

/** Crashes at the given epoch milliseconds, one after another, collecting each verdict. */
function crashAt(times: number[], start: CrashHistory = NO_CRASHES) {
  let history = start;
  const verdicts: CrashVerdict[] = [];
  for (const at of times) {
    const decision = decideAfterCrash(history, at, policy);
    history = decision.history;
    verdicts.push(decision.verdict);
  }
  return { history, verdicts };
}

describe('backoffDelay', () => {
  it('doubles from the initial wait for each crash in a row', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('never waits longer than the maximum', () => {
    expect(backoffDelay(8, policy)).toBe(128_000);
    expect(backoffDelay(9, policy)).toBe(180_000);
    expect(backoffDelay(50, policy)).toBe(180_000);
  });

  it('treats a crash number below one as the first crash', () => {
    expect(backoffDelay(0, policy)).toBe(1_000);
  });

  it('follows another factor', () => {
    const tripling = resolvePolicy({ initialBackoffMs: 100, backoffFactor: 3 });
    expect([1, 2, 3].map((n) => backoffDelay(n, tripling))).toEqual([100, 300, 900]);
  });
});

describe('decideAfterCrash', () => {
  it('restarts after growing waits until the crash limit, then gives up', () => {
    const { verdicts, history } = crashAt([0, 10_000, 20_000, 30_000, 40_000]);
    expect(verdicts).toEqual([
      { kind: 'restart', delayMs: 1_000, crashesInWindow: 1 },
      { kind: 'restart', delayMs: 2_000, crashesInWindow: 2 },
      { kind: 'restart', delayMs: 4_000, crashesInWindow: 3 },
      { kind: 'restart', delayMs: 8_000, crashesInWindow: 4 },
      { kind: 'crash_looping', crashesInWindow: 5 },
    ]);
    expect(history.consecutive).toBe(5);
  });

  it('forgets crashes older than the window', () => {
    const { verdicts, history } = crashAt([0, 100_000, 200_000, 300_000, 400_000]);
    // At 400 s the window reaches back to 100 s (exclusive): the crashes at 0 and 100 s fell out.
    expect(verdicts.at(-1)).toEqual({ kind: 'restart', delayMs: 16_000, crashesInWindow: 3 });
    expect(history.crashTimes).toEqual([200_000, 300_000, 400_000]);
  });

  it('does not change the history it was given', () => {
    const before: CrashHistory = { crashTimes: [5], consecutive: 1 };
    decideAfterCrash(before, 10, policy);
    expect(before).toEqual({ crashTimes: [5], consecutive: 1 });
  });

  it('gives up at once when the limit is one', () => {
    const strict = resolvePolicy({ crashLimit: 1 });
    expect(decideAfterCrash(NO_CRASHES, 0, strict).verdict).toEqual({
      kind: 'crash_looping',
      crashesInWindow: 1,
    });
  });
});

describe('hasCrashes', () => {
  it('is false for a fresh history and true after a crash', () => {
    expect(hasCrashes(NO_CRASHES)).toBe(false);
    expect(hasCrashes(crashAt([0]).history)).toBe(true);
  });
});

describe('resolvePolicy', () => {
  it('fills in the defaults', () => {
    expect(resolvePolicy({ initialBackoffMs: 100 })).toEqual({
      ...DEFAULT_RESTART_POLICY,
      initialBackoffMs: 100,
    });
  });

  it('rejects values that would break the arithmetic', () => {
    expect(() => resolvePolicy({ crashLimit: 0 })).toThrow(/crashLimit/);
    expect(() => resolvePolicy({ backoffFactor: 0.5 })).toThrow(/backoffFactor/);
    expect(() => resolvePolicy({ maxBackoffMs: Number.NaN })).toThrow(/maxBackoffMs/);
    expect(() => resolvePolicy({ stopGraceMs: -1 })).toThrow(/stopGraceMs/);
  });
});
