/** How the supervisor puts exits and waits into words, for its log lines, events and failures. */
import { type ExitInfo } from './child-run.js';
import { type StartOutcome } from './watch-health.js';

export function describeExit(exit: ExitInfo): string {
  if (exit.spawnError !== undefined) return `could not be spawned: ${exit.spawnError}`;
  if (exit.signal !== null) return `killed by ${exit.signal}`;
  return `exit ${String(exit.exitCode)}`;
}

/** 850 ms, 2 s, 1.5 s, 3 min. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${Math.round(ms / 100) / 10} s`;
  return `${Math.round(ms / 6_000) / 10} min`;
}

/** Why a start (or a restart) did not reach its first passing health check. */
export function failedStartReason(
  outcome: Exclude<StartOutcome, { kind: 'healthy' | 'cancelled' }>,
  startTimeoutMs: number,
): string {
  if (outcome.kind === 'exited') return `exited before it became healthy (${describeExit(outcome.exit)})`;
  const last = outcome.lastCheck?.error ? `; last probe: ${outcome.lastCheck.error}` : '';
  return `no passing health check within ${formatDuration(startTimeoutMs)}${last}`;
}
