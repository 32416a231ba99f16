/**
 * One spawn of the supervised server: its own process group, its output piped into the log book, and a
 * promise of how it exited.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { type LogBook } from './log-book.js';
import { terminateGroup } from './process-group.js';

export interface ProcessLaunch {
  command: string;
  args: string[];
  cwd: string;
  /** The child's whole environment (PORT already set by the caller): nothing of WebNova's leaks in. */
  env: Record<string, string>;
}

export interface ExitInfo {
  exitCode: number | null;
  signal: string | null;
  /** Set when the process could not be spawned at all (a missing command, a missing cwd). */
  spawnError?: string;
}

export class ChildRun {
  readonly pid: number | undefined;
  readonly exited: Promise<ExitInfo>;
  private exitInfo: ExitInfo | undefined;
  private readonly child: ChildProcess;
  private readonly outputEnded: Promise<void>;

  constructor(launch: ProcessLaunch, logs: LogBook) {
    // detached: the child leads a new process group, so one signal to -pid reaches its helpers too.
    this.child = spawn(launch.command, launch.args, {
      cwd: launch.cwd,
      env: launch.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.pid = this.child.pid;
    this.outputEnded = Promise.all([
      pipeInto(this.child.stdout, 'stdout', logs),
      pipeInto(this.child.stderr, 'stderr', logs),
    ]).then(() => undefined);
    this.exited = new Promise<ExitInfo>((resolve) => {
      this.child.once('exit', (exitCode, signal) => resolve({ exitCode, signal }));
      this.child.on('error', (error) => {
        // 'error' without 'exit' means the spawn itself failed; after a spawn it is a failed kill, ignored.
        if (this.pid === undefined) resolve({ exitCode: null, signal: null, spawnError: error.message });
      });
    }).then((info) => (this.exitInfo = info));
  }

  /** How it exited, once it has. */
  get exit(): ExitInfo | undefined {
    return this.exitInfo;
  }

  /** Ends the whole group (see `terminateGroup`); a no-op for a spawn that never got a pid. */
  async terminate(graceMs: number): Promise<void> {
    if (this.pid !== undefined) await terminateGroup(this.pid, graceMs);
    await this.exited;
  }

  /**
   * Waits, at most `maxWaitMs`, for the last output to be read: on a quick exit the 'exit' event can
   * come before the final stderr lines, which are exactly the ones a failure report needs.
   */
  async outputDrained(maxWaitMs: number): Promise<void> {
    const controller = new AbortController();
    await Promise.race([
      this.outputEnded,
      sleep(maxWaitMs, undefined, { ref: false, signal: controller.signal }),
    ]);
    controller.abort();
  }
}

function pipeInto(
  stream: NodeJS.ReadableStream | null,
  name: 'stdout' | 'stderr',
  logs: LogBook,
): Promise<void> {
  if (!stream) return Promise.resolve();
  return new Promise((resolve) => {
    stream.on('data', (chunk: Buffer) => logs.append(name, chunk));
    stream.once('error', () => resolve());
    stream.once('close', () => {
      logs.endStream(name);
      resolve();
    });
  });
}
