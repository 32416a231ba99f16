/**
 * Running the outside tools a deployment target needs (`docker`, `kubectl`) behind one small seam, so the
 * targets can be tested with a fake and run for real with {@link runCommand}.
 * @module
 */
import { spawn } from 'node:child_process';

export interface CommandResult {
  /** null when the command was killed (timeout) or never started. */
  exitCode: number | null;
  /** stdout and stderr interleaved, as a person would see them; only the tail when very long. */
  output: string;
  /** The program is not installed (or not on PATH). */
  notFound: boolean;
}

export type CommandRunner = (
  command: string,
  args: string[],
  options: { cwd: string; timeoutMs: number },
) => Promise<CommandResult>;

// A docker build can print megabytes; only the end explains a failure.
const KEPT_OUTPUT_CHARS = 64_000;

/** Runs a program without a shell, collecting its output; never rejects. */
export const runCommand: CommandRunner = (command, args, { cwd, timeoutMs }) =>
  new Promise((resolve) => {
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-KEPT_OUTPUT_CHARS);
    };
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
    });
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', (error: NodeJS.ErrnoException) => {
      const notFound = error.code === 'ENOENT';
      resolve({ exitCode: null, output: notFound ? '' : error.message, notFound });
    });
    child.once('close', (code, signal) => {
      const killed = signal === null ? '' : `\n(stopped by ${signal} after ${timeoutMs} ms or on request)`;
      resolve({ exitCode: code, output: output + killed, notFound: false });
    });
  });

/**
 * The last lines of a tool's output, short enough for a message.
 * @example outputTail('a\n\nb\nc\n', 2) // 'b\nc'
 */
export function outputTail(output: string, lines = 15, maxChars = 2_000): string {
  const kept = output
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(-lines)
    .join('\n');
  return kept.length > maxChars ? `…${kept.slice(-maxChars)}` : kept;
}

/**
 * A word a person can paste into a POSIX shell, quoted only when it needs to be.
 * @example shellWord('/tmp/my app') // "'/tmp/my app'"
 */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
