import { type Clock } from '../../../../kernel/index.js';
import { ChildRun, type ProcessLaunch } from './child-run.js';
import { type LogBook } from './log-book.js';
import { writePidFile } from './pid-file.js';

/** One spawn of the server, and what cancels everything watching it. */
export interface Attempt {
  run: ChildRun;
  /** 1 for the first spawn of a supervisor, counting every start and restart. */
  number: number;
  watchers: AbortController;
  /** Settles once the pid file is written (or failed to be): a stop waits for it before removing the file. */
  pidFileWritten: Promise<void>;
}

/** Spawns the server and records its pid; a pid file that cannot be written is logged, not fatal. */
export function spawnAttempt(
  number: number,
  setup: { launch: ProcessLaunch; pidFile: string; logs: LogBook; clock: Clock },
): Attempt {
  const run = new ChildRun(setup.launch, setup.logs);
  const { pid } = run;
  const record = { pid, cwd: setup.launch.cwd, startedAt: setup.clock.now().toISOString() };
  const pidFileWritten =
    pid === undefined
      ? Promise.resolve()
      : writePidFile(setup.pidFile, { ...record, pid }).catch((error: unknown) =>
          setup.logs.system(`could not write the pid file: ${String(error)}`),
        );
  return { run, number, watchers: new AbortController(), pidFileWritten };
}
