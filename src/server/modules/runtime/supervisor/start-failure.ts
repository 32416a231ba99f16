import { type LogBook } from './log-book.js';

/** The server did not become healthy: it exited first, or no health check passed in time. */
export class StartFailure extends Error {
  readonly reason: string;
  readonly exitCode: number | null;
  /** The last lines of its output, oldest first: usually where the cause is. */
  readonly logTail: string[];

  constructor(reason: string, exitCode: number | null, logTail: string[]) {
    super(`the server did not start: ${reason}`);
    this.name = 'StartFailure';
    this.reason = reason;
    this.exitCode = exitCode;
    this.logTail = logTail;
  }
}

const LOG_TAIL_LINES = 20;

/** A failure carrying the server's last output lines (the supervisor's own lines left out). */
export function startFailureFromLog(logs: LogBook, reason: string, exitCode: number | null): StartFailure {
  const output = logs.tail(LOG_TAIL_LINES * 10).filter((line) => line.stream !== 'system');
  return new StartFailure(
    reason,
    exitCode,
    output.slice(-LOG_TAIL_LINES).map((line) => line.text),
  );
}
