/**
 * When to restart a crashed process and when to give up: pure arithmetic over crash times, no timers, so
 * every rule here is tested without waiting.
 * @module
 */

export interface RestartPolicy {
  /** The wait before the first restart after a crash. */
  initialBackoffMs: number;
  /** The longest wait between restarts. */
  maxBackoffMs: number;
  /** Each further crash in a row multiplies the wait by this. */
  backoffFactor: number;
  /** Healthy this long after a restart: the backoff and the crash count start afresh. */
  healthyResetMs: number;
  /** This many crashes within `crashWindowMs` means crash-looping: no more restarts until a person acts. */
  crashLimit: number;
  crashWindowMs: number;
  /** No passing health check this long after a spawn: the start failed. */
  startTimeoutMs: number;
  probeIntervalMs: number;
  probeTimeoutMs: number;
  /** This many failed probes in a row while live counts as a crash. */
  unhealthyThreshold: number;
  /** Between SIGTERM and SIGKILL when stopping. */
  stopGraceMs: number;
}

export const DEFAULT_RESTART_POLICY: Readonly<RestartPolicy> = Object.freeze({
  initialBackoffMs: 1_000,
  maxBackoffMs: 180_000,
  backoffFactor: 2,
  healthyResetMs: 60_000,
  crashLimit: 5,
  crashWindowMs: 300_000,
  startTimeoutMs: 30_000,
  probeIntervalMs: 5_000,
  probeTimeoutMs: 2_000,
  unhealthyThreshold: 3,
  stopGraceMs: 5_000,
});

/** The defaults with `overrides` applied; throws on a value that would break the arithmetic (a bug, not input). */
export function resolvePolicy(overrides: Partial<RestartPolicy> = {}): RestartPolicy {
  const policy: RestartPolicy = { ...DEFAULT_RESTART_POLICY, ...overrides };
  for (const [name, value] of Object.entries(policy)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(`restart policy ${name} must be a finite number >= 0, got ${String(value)}`);
    }
  }
  if (policy.backoffFactor < 1) throw new RangeError('restart policy backoffFactor must be >= 1');
  if (policy.crashLimit < 1) throw new RangeError('restart policy crashLimit must be >= 1');
  if (policy.unhealthyThreshold < 1) throw new RangeError('restart policy unhealthyThreshold must be >= 1');
  return policy;
}

/** The wait before restarting after the `crashNumber`-th crash in a row (1-based). */
export function backoffDelay(crashNumber: number, policy: RestartPolicy): number {
  const exponent = Math.max(0, crashNumber - 1);
  return Math.min(policy.maxBackoffMs, policy.initialBackoffMs * policy.backoffFactor ** exponent);
}

/** What the supervisor remembers about crashes since the last healthy stretch or the last person's start. */
export interface CrashHistory {
  /** Epoch milliseconds of the crashes still inside the window, oldest first. */
  readonly crashTimes: readonly number[];
  /** Crashes in a row: the exponent of the backoff. */
  readonly consecutive: number;
}

export const NO_CRASHES: CrashHistory = Object.freeze({ crashTimes: Object.freeze([]), consecutive: 0 });

export type CrashVerdict =
  | { kind: 'restart'; delayMs: number; crashesInWindow: number }
  | { kind: 'crash_looping'; crashesInWindow: number };

/** Records a crash at `nowMs` and decides: restart after a backoff, or give up as crash-looping. */
export function decideAfterCrash(
  history: CrashHistory,
  nowMs: number,
  policy: RestartPolicy,
): { history: CrashHistory; verdict: CrashVerdict } {
  const windowStart = nowMs - policy.crashWindowMs;
  const crashTimes = [...history.crashTimes.filter((at) => at > windowStart), nowMs];
  const next: CrashHistory = { crashTimes, consecutive: history.consecutive + 1 };
  const crashesInWindow = crashTimes.length;
  if (crashesInWindow >= policy.crashLimit) {
    return { history: next, verdict: { kind: 'crash_looping', crashesInWindow } };
  }
  return {
    history: next,
    verdict: { kind: 'restart', delayMs: backoffDelay(next.consecutive, policy), crashesInWindow },
  };
}

/** Whether a history needs a healthy stretch to clear it (a fresh start has nothing to forget). */
export function hasCrashes(history: CrashHistory): boolean {
  return history.consecutive > 0 || history.crashTimes.length > 0;
}
