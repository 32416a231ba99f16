import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PauseGate } from './pause-gate.js';

describe('PauseGate', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets requests straight through while open', () => {
    const gate = new PauseGate(1_000);
    const proceeded: string[] = [];

    gate.pass(
      () => proceeded.push('a'),
      () => proceeded.push('gave up'),
    );

    expect(proceeded).toEqual(['a']);
  });

  it('holds requests while closed and releases them in arrival order on open', () => {
    const gate = new PauseGate(1_000);
    const proceeded: string[] = [];
    gate.close();

    gate.pass(
      () => proceeded.push('first'),
      () => proceeded.push('gave up'),
    );
    gate.pass(
      () => proceeded.push('second'),
      () => proceeded.push('gave up'),
    );
    expect(gate.waitingCount).toBe(2);
    expect(proceeded).toEqual([]);
    gate.open();

    expect(proceeded).toEqual(['first', 'second']);
    expect(gate.waitingCount).toBe(0);
    vi.advanceTimersByTime(5_000);
    expect(proceeded).toEqual(['first', 'second']);
  });

  it('gives up on a request once the timeout passes while still closed', () => {
    const gate = new PauseGate(1_000);
    const outcome: string[] = [];
    gate.close();

    gate.pass(
      () => outcome.push('proceeded'),
      () => outcome.push('gave up'),
    );
    vi.advanceTimersByTime(1_000);
    gate.open();

    expect(outcome).toEqual(['gave up']);
  });

  it('forgets a withdrawn request', () => {
    const gate = new PauseGate(1_000);
    const outcome: string[] = [];
    gate.close();

    const withdraw = gate.pass(
      () => outcome.push('proceeded'),
      () => outcome.push('gave up'),
    );
    withdraw();
    gate.open();
    vi.advanceTimersByTime(5_000);

    expect(outcome).toEqual([]);
  });
});
