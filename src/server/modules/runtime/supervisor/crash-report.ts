import { type ExitInfo } from './child-run.js';
import { type CrashVerdict, type RestartPolicy } from './restart-policy.js';
import { type SupervisorEvent } from './supervisor-types.js';
import { formatDuration } from './wording.js';

/** What the supervisor writes to the log and reports as an event after deciding about a crash. */
export function crashReport(
  verdict: CrashVerdict,
  reason: string,
  exit: ExitInfo | undefined,
  policy: RestartPolicy,
): { logLine: string; event: SupervisorEvent } {
  const { crashesInWindow } = verdict;
  if (verdict.kind === 'crash_looping') {
    const windowMs = policy.crashWindowMs;
    return {
      logLine: `crashed (${reason}): ${crashesInWindow} crashes within ${formatDuration(windowMs)}, no more restarts until restarted by hand`,
      event: { type: 'crash_looping', crashesInWindow, windowMs, reason },
    };
  }
  const restartInMs = verdict.delayMs;
  return {
    logLine: `crashed (${reason}), restarting in ${formatDuration(restartInMs)}`,
    event: {
      type: 'crashed',
      exitCode: exit?.exitCode ?? null,
      signal: exit?.signal ?? null,
      reason,
      restartInMs,
      crashesInWindow,
    },
  };
}
