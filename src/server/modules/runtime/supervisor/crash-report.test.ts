import { describe, expect, it } from 'vitest';
import { crashReport } from './crash-report.js';
import { resolvePolicy } from './restart-policy.js';

const policy = resolvePolicy();

describe('crashReport', () => {
  it('announces the restart and its wait', () => {
    const report = crashReport(
      { kind: 'restart', delayMs: 2_000, crashesInWindow: 2 },
      'exit 1',
      { exitCode: 1, signal: null },
      policy,
    );
    expect(report.logLine).toBe('crashed (exit 1), restarting in 2 s');
    expect(report.event).toEqual({
      type: 'crashed',
      exitCode: 1,
      signal: null,
      reason: 'exit 1',
      restartInMs: 2_000,
      crashesInWindow: 2,
    });
  });

  it('announces crash-looping with the window', () => {
    const report = crashReport({ kind: 'crash_looping', crashesInWindow: 5 }, 'exit 1', undefined, policy);
    expect(report.logLine).toBe(
      'crashed (exit 1): 5 crashes within 5 min, no more restarts until restarted by hand',
    );
    expect(report.event).toEqual({
      type: 'crash_looping',
      crashesInWindow: 5,
      windowMs: 300_000,
      reason: 'exit 1',
    });
  });
});
