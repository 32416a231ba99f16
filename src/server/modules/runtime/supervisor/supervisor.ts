/**
 * Runs one generated platform's server as a child process group and keeps it running: backoff restarts,
 * crash-loop detection, events for the deployments layer, which drives it. No databases, no routes.
 * @module
 */
import { systemClock, type Clock } from '../../../../kernel/index.js';
import { type HealthCheck } from '../../../../contracts/index.js';
import { spawnAttempt, type Attempt } from './attempt.js';
import { HealthHistory } from './health-probe.js';
import { LogBook } from './log-book.js';
import { removePidFile } from './pid-file.js';
import {
  decideAfterCrash,
  hasCrashes,
  NO_CRASHES,
  resolvePolicy,
  type CrashHistory,
  type RestartPolicy,
} from './restart-policy.js';
import { crashReport } from './crash-report.js';
import { startFailureFromLog } from './start-failure.js';
import { type SupervisorEvent, type SupervisorOptions, type SupervisorState } from './supervisor-types.js';
import { awaitHealthy, watchLive } from './watch-health.js';
import { describeExit, failedStartReason } from './wording.js';

export class Supervisor {
  readonly logs: LogBook;
  private readonly policy: RestartPolicy;
  private readonly clock: Clock;
  private readonly probing: { url: string; policy: RestartPolicy; clock: Clock };
  private readonly history = new HealthHistory(120);
  private current: SupervisorState = 'stopped';
  private attempt: Attempt | undefined;
  private attemptCount = 0;
  private restartCount = 0;
  private crashes: CrashHistory = NO_CRASHES;
  private generation = 0; // bumped by every stop: a start in flight notices it was overtaken
  private restartTimer: NodeJS.Timeout | undefined;
  private healthyResetTimer: NodeJS.Timeout | undefined;
  private pendingStart: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;

  constructor(private readonly options: SupervisorOptions) {
    this.policy = resolvePolicy(options.policy);
    this.clock = options.clock ?? systemClock;
    this.logs = options.logBook ?? new LogBook({ file: options.logFile, clock: this.clock });
    this.probing = { url: options.healthUrl, policy: this.policy, clock: this.clock };
  }

  get state(): SupervisorState {
    return this.current;
  }

  /** The running group leader's pid; undefined while nothing runs (stopped, waiting out a backoff). */
  get pid(): number | undefined {
    return this.attempt?.run.exit ? undefined : this.attempt?.run.pid;
  }

  /** Restarts after crashes (a person's `restart()` is not counted). */
  get restarts(): number {
    return this.restartCount;
  }

  get health(): HealthCheck | null {
    return this.history.latest;
  }

  /** The last 120 probes, oldest first: the passing probe of each start, then every probe while live. */
  healthHistory(): HealthCheck[] {
    return this.history.list();
  }

  /**
   * Spawns the server and resolves at its first passing health check. Rejects with `StartFailure` when
   * it exits first or `startTimeoutMs` passes: the group is killed, the state is `failed`, and nothing
   * restarts it. Calling it while a start is under way returns that start; while running, resolves.
   */
  start(): Promise<void> {
    if (this.pendingStart) return this.pendingStart;
    if (this.current === 'live' || this.current === 'restarting') return Promise.resolve();
    this.current = 'starting';
    const started = this.startFresh();
    this.pendingStart = started;
    const forget = () => {
      if (this.pendingStart === started) this.pendingStart = undefined;
    };
    started.then(forget, forget);
    return started;
  }

  /** SIGTERM to the whole group, SIGKILL after `stopGraceMs`; cancels a pending restart. Idempotent. */
  stop(reason = 'stopped on request'): Promise<void> {
    if (this.stopping) return this.stopping;
    if (this.current === 'stopped' || this.current === 'failed') return Promise.resolve();
    this.stopping = (async () => {
      await this.halt();
      this.current = 'stopped';
      this.logs.system(`stopped: ${reason}`);
      this.emit({ type: 'stopped', reason });
    })().finally(() => (this.stopping = undefined));
    return this.stopping;
  }

  /** A person acts: stop, forget the crashes, start afresh. Also the way out of `crash_looping`. */
  async restart(): Promise<void> {
    if (this.stopping) await this.stopping;
    this.logs.system('restart requested');
    await this.halt();
    this.pendingStart = undefined;
    this.current = 'stopped';
    return this.start();
  }

  private async startFresh(): Promise<void> {
    if (this.stopping) await this.stopping;
    this.current = 'starting';
    const generation = this.generation;
    await this.logs.load();
    const overtaken = () => startFailureFromLog(this.logs, 'stopped before it became healthy', null);
    if (generation !== this.generation) throw overtaken();
    this.crashes = NO_CRASHES;
    const attempt = this.spawn();
    const outcome = await awaitHealthy(attempt.run, { ...this.probing, signal: attempt.watchers.signal });
    if (outcome.kind === 'cancelled' || this.attempt !== attempt) throw overtaken();
    if (outcome.kind === 'healthy') return this.goLive(attempt, outcome.check);
    const reason = failedStartReason(outcome, this.policy.startTimeoutMs);
    attempt.watchers.abort();
    await attempt.run.terminate(0);
    await attempt.run.outputDrained(1_000);
    const failure = startFailureFromLog(this.logs, reason, attempt.run.exit?.exitCode ?? null);
    if (this.attempt !== attempt) throw failure;
    this.attempt = undefined;
    this.current = 'failed';
    this.logs.system(`start failed: ${reason}`);
    await attempt.pidFileWritten;
    await removePidFile(this.options.pidFile);
    throw failure;
  }

  private async restartAfterCrash(): Promise<void> {
    this.restartTimer = undefined;
    this.restartCount += 1;
    const attempt = this.spawn();
    const outcome = await awaitHealthy(attempt.run, { ...this.probing, signal: attempt.watchers.signal });
    if (outcome.kind === 'cancelled' || this.attempt !== attempt) return;
    if (outcome.kind === 'healthy') return this.goLive(attempt, outcome.check);
    await this.crash(attempt, failedStartReason(outcome, this.policy.startTimeoutMs), 0);
  }

  private spawn(): Attempt {
    const setup = { ...this.options, logs: this.logs, clock: this.clock };
    const attempt = spawnAttempt(++this.attemptCount, setup);
    this.attempt = attempt;
    const { pid } = attempt.run;
    if (pid !== undefined) {
      this.logs.system(`started pid ${pid} (attempt ${attempt.number})`);
      this.emit({ type: 'started', pid, attempt: attempt.number });
    }
    return attempt;
  }

  private goLive(attempt: Attempt, check: HealthCheck): void {
    this.current = 'live';
    this.history.add(check);
    this.logs.system(`healthy (attempt ${attempt.number})`);
    this.emit({ type: 'healthy', latencyMs: check.latencyMs, attempt: attempt.number });
    this.guard(attempt.run.exited.then((exit) => this.crash(attempt, describeExit(exit), 0)));
    if (hasCrashes(this.crashes)) {
      this.healthyResetTimer = setTimeout(() => {
        if (this.attempt !== attempt || this.current !== 'live') return;
        this.crashes = NO_CRASHES;
        this.logs.system('healthy long enough: crash count and backoff reset');
      }, this.policy.healthyResetMs).unref();
    }
    this.guard(
      watchLive({
        ...this.probing,
        signal: attempt.watchers.signal,
        groupId: attempt.run.pid ?? 0,
        memoryLimitMb: this.options.memoryLimitMb,
        onCheck: (probe) => this.history.add(probe),
        onUnhealthy: (failures, last) => {
          const reason = `${failures} health checks failed in a row (${last.error ?? 'failed'})`;
          this.guard(this.crash(attempt, reason, this.policy.stopGraceMs));
        },
        onMemoryExceeded: (rssMb) => {
          const limitMb = this.options.memoryLimitMb;
          this.emit({ type: 'memory_exceeded', rssMb, limitMb });
          this.guard(this.crash(attempt, `memory ${rssMb} MB over its limit of ${limitMb} MB`, 0));
        },
      }),
    );
  }

  /** Ends what is left of a crashed attempt, then restarts after the backoff or gives up. */
  private async crash(attempt: Attempt, reason: string, graceMs: number): Promise<void> {
    if (this.attempt !== attempt || attempt.watchers.signal.aborted) return;
    attempt.watchers.abort();
    clearTimeout(this.healthyResetTimer);
    this.current = 'restarting';
    // Helpers of a crashed server may live on and hold its port: the whole group goes.
    await attempt.run.terminate(graceMs);
    if (this.attempt !== attempt) return; // stopped meanwhile
    this.attempt = undefined;
    const { history, verdict } = decideAfterCrash(this.crashes, this.clock.now().getTime(), this.policy);
    this.crashes = history;
    const { logLine, event } = crashReport(verdict, reason, attempt.run.exit, this.policy);
    this.logs.system(logLine);
    if (verdict.kind === 'crash_looping') {
      this.current = 'crash_looping';
      this.emit(event);
      await removePidFile(this.options.pidFile).catch(() => undefined);
      return;
    }
    this.emit(event);
    this.restartTimer = setTimeout(() => {
      this.guard(this.restartAfterCrash());
    }, verdict.delayMs).unref();
  }

  /** Cancels timers and watchers and ends the running group, leaving the state to the caller. */
  private async halt(): Promise<void> {
    this.generation += 1;
    clearTimeout(this.restartTimer);
    clearTimeout(this.healthyResetTimer);
    this.restartTimer = undefined;
    const attempt = this.attempt;
    this.attempt = undefined;
    if (attempt) {
      attempt.watchers.abort();
      await attempt.run.terminate(this.policy.stopGraceMs);
      await attempt.pidFileWritten;
    }
    await removePidFile(this.options.pidFile);
  }

  /** Background work has no caller to reject to: a failure goes to the log instead of crashing WebNova. */
  private guard(work: Promise<unknown>): void {
    work.catch((error: unknown) => this.logs.system(`supervisor error: ${String(error)}`));
  }

  private emit(event: SupervisorEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch (error) {
      // The listener is the caller's bookkeeping; its failure must not stop supervision.
      this.logs.system(`event listener failed on ${event.type}: ${String(error)}`);
    }
  }
}
