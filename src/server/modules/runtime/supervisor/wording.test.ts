import { describe, expect, it } from 'vitest';
import { describeExit, formatDuration } from './wording.js';

describe('describeExit', () => {
  it('names the exit code, the signal, or the spawn error', () => {
    expect(describeExit({ exitCode: 1, signal: null })).toBe('exit 1');
    expect(describeExit({ exitCode: null, signal: 'SIGKILL' })).toBe('killed by SIGKILL');
    expect(describeExit({ exitCode: null, signal: null, spawnError: 'spawn nope ENOENT' })).toBe(
      'could not be spawned: spawn nope ENOENT',
    );
  });
});

describe('formatDuration', () => {
  it('picks a unit a person reads at a glance', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(2_000)).toBe('2 s');
    expect(formatDuration(1_500)).toBe('1.5 s');
    expect(formatDuration(180_000)).toBe('3 min');
  });
});
