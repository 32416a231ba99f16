/**
 * The two ways the supervisor watches a spawned server: fast probes until its first passing health
 * check, then calm probes (with a memory reading) while it is live.
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { performance } from 'node:perf_hooks';
import { type Clock } from '../../../../kernel/index.js';
import { type HealthCheck } from '../../../../contracts/index.js';
import { type ChildRun, type ExitInfo } from './child-run.js';
import { probeHealth } from './health-probe.js';
import { groupRssMb } from './process-group.js';
import { type RestartPolicy } from './restart-policy.js';

/** While starting, a server is probed this often: a deploy should not wait seconds for a ready server. */
export const STARTING_PROBE_MS = 100;

/** Waits without keeping the process alive; an abort ends the wait early instead of throwing. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return sleep(ms, undefined, { ref: false, signal }).catch(() => undefined);
}

export type StartOutcome =
  | { kind: 'healthy'; check: HealthCheck }
  | { kind: 'exited'; exit: ExitInfo }
  | { kind: 'timed_out'; lastCheck: HealthCheck | undefined }
  | { kind: 'cancelled' };

export interface AwaitHealthyOptions {
  url: string;
  policy: RestartPolicy;
  clock: Clock;
  signal: AbortSignal;
}

/** Probes every 100 ms until the first pass, the process exits, `startTimeoutMs` passes, or `signal` aborts. */
export async function awaitHealthy(run: ChildRun, options: AwaitHealthyOptions): Promise<StartOutcome> {
  const { url, policy, clock, signal } = options;
  const deadline = performance.now() + policy.startTimeoutMs;
  let lastCheck: HealthCheck | undefined;
  for (;;) {
    if (signal.aborted) return { kind: 'cancelled' };
    if (run.exit) return { kind: 'exited', exit: run.exit };
    const remaining = deadline - performance.now();
    if (remaining <= 0) return { kind: 'timed_out', lastCheck };
    const check = await probeHealth(url, Math.ceil(Math.min(policy.probeTimeoutMs, remaining)), clock);
    if (signal.aborted) return { kind: 'cancelled' };
    if (check.ok) return { kind: 'healthy', check };
    lastCheck = check;
    await Promise.race([pause(STARTING_PROBE_MS, signal), run.exited]);
  }
}

export interface WatchLiveOptions {
  groupId: number;
  url: string;
  policy: RestartPolicy;
  /** RSS of the whole group; 0 or Infinity turns the check off. */
  memoryLimitMb: number;
  clock: Clock;
  signal: AbortSignal;
  onCheck: (check: HealthCheck) => void;
  onUnhealthy: (consecutiveFailures: number, lastCheck: HealthCheck) => void;
  onMemoryExceeded: (rssMb: number) => void;
}

/**
 * Probes every `probeIntervalMs` until `signal` aborts, or it reports one reason to stop the process:
 * `unhealthyThreshold` failed probes in a row, or the group over its memory limit. Exits are not its
 * business (the supervisor listens for them directly, they need no probe to notice).
 */
export async function watchLive(options: WatchLiveOptions): Promise<void> {
  const { policy, signal } = options;
  const limited = Number.isFinite(options.memoryLimitMb) && options.memoryLimitMb > 0;
  let failures = 0;
  while (!signal.aborted) {
    await pause(policy.probeIntervalMs, signal);
    if (signal.aborted) return;
    const check = await probeHealth(options.url, policy.probeTimeoutMs, options.clock);
    if (signal.aborted) return;
    options.onCheck(check);
    failures = check.ok ? 0 : failures + 1;
    if (failures >= policy.unhealthyThreshold) return options.onUnhealthy(failures, check);
    if (!limited) continue;
    const rssMb = await readGroupRss(options.groupId);
    if (signal.aborted) return;
    if (rssMb !== undefined && rssMb > options.memoryLimitMb) return options.onMemoryExceeded(rssMb);
  }
}

async function readGroupRss(groupId: number): Promise<number | undefined> {
  try {
    return await groupRssMb(groupId);
  } catch {
    return undefined; // No /proc (not Linux): the memory limit cannot be enforced, the rest still works.
  }
}
