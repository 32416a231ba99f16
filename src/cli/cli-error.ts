import { isAppError } from '../kernel/index.js';

/** Exit codes the CLI promises scripts: 0 done, 1 refused or failed, 2 the command line was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * An error meant for the person at the terminal: a message that says what went wrong and, when we
 * know it, a hint at what to do next. Anything else thrown is a bug and is reported without a stack.
 */
export class CliError extends Error {
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(message: string, options: { hint?: string | undefined; exitCode?: number } = {}) {
    super(message);
    this.name = 'CliError';
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT_FAILED;
  }
}

/** A command line that cannot work as typed (a missing option, a bad value): exit code 2. */
export class UsageError extends CliError {
  constructor(message: string, hint?: string) {
    super(message, { hint, exitCode: EXIT_USAGE });
    this.name = 'UsageError';
  }
}

/** The text printed on stderr for a failure; stack traces are for developers, not for users. */
export function describeFailure(error: unknown): { text: string; exitCode: number } {
  if (error instanceof CliError) {
    return { text: withHint(error.message, error.hint), exitCode: error.exitCode };
  }
  // Offline commands run WebNova's own code (analyzer, importers), which speaks in AppErrors.
  if (isAppError(error)) return { text: withHint(error.message, error.hint), exitCode: EXIT_FAILED };
  const message = error instanceof Error ? error.message : String(error);
  return {
    text: withHint(
      `Unexpected error: ${message}`,
      'This is a bug in the webnova CLI; please report it with the command you ran.',
    ),
    exitCode: EXIT_FAILED,
  };
}

function withHint(message: string, hint: string | undefined): string {
  return hint ? `Error: ${message}\nHint: ${hint}` : `Error: ${message}`;
}
