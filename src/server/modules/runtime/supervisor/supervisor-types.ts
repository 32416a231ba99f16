import { type Clock } from '../../../../kernel/index.js';
import { type ProcessLaunch } from './child-run.js';
import { type LogBook } from './log-book.js';
import { type RestartPolicy } from './restart-policy.js';

/**
 * - `starting`: spawned by `start()`/`restart()`, waiting for its first passing health check.
 * - `live`: it passed a health check and has not crashed since.
 * - `restarting`: it crashed; waiting out the backoff, or restarted and not yet healthy again.
 * - `crash_looping`: too many crashes in the window; nothing runs until `restart()`.
 * - `stopped`: never started, or stopped by `stop()`. `failed`: `start()` failed; nothing runs.
 */
export type SupervisorState = 'starting' | 'live' | 'restarting' | 'crash_looping' | 'stopped' | 'failed';

export type SupervisorEvent =
  | { type: 'started'; pid: number; attempt: number }
  /** The first passing probe after each (re)start. */
  | { type: 'healthy'; latencyMs: number; attempt: number }
  /** It crashed and will restart in `restartInMs` (the crash that tips it into crash-looping is reported as `crash_looping` instead). */
  | {
      type: 'crashed';
      exitCode: number | null;
      signal: string | null;
      reason: string;
      restartInMs: number;
      crashesInWindow: number;
    }
  | { type: 'crash_looping'; crashesInWindow: number; windowMs: number; reason: string }
  /** Followed by the crash it causes. */
  | { type: 'memory_exceeded'; rssMb: number; limitMb: number }
  | { type: 'stopped'; reason: string };

export interface SupervisorOptions {
  launch: ProcessLaunch;
  /** e.g. http://127.0.0.1:41234/health */
  healthUrl: string;
  /** JSON lines on disk (ignored when `logBook` is given). */
  logFile: string;
  /** Written at each spawn, removed on stop: how `killOrphan` finds a group after a WebNova crash. */
  pidFile: string;
  /** RSS of the whole process group; over it, the group is killed and that counts as a crash. */
  memoryLimitMb: number;
  policy?: Partial<RestartPolicy>;
  onEvent?: (event: SupervisorEvent) => void;
  /** A log book the caller already opened (say, to show old lines before starting). */
  logBook?: LogBook;
  /** Timestamps of log lines and probes, and the crash window's "now". */
  clock?: Clock;
}
