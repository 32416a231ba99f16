import { type Command, CommanderError } from 'commander';
import { describeFailure, EXIT_OK, EXIT_USAGE } from './cli-error.js';
import type { OutputStreams } from './output.js';

/**
 * Parses and runs the command line and returns the exit code. The program must have been built with
 * `exitOverride()` so that commander throws here instead of exiting, letting this be the one place
 * that maps failures to exit codes: 0 for help/version, 2 for a wrong command line, 1 for the rest.
 */
export async function runCli(
  program: Command,
  argv: readonly string[],
  streams: OutputStreams = process,
): Promise<number> {
  try {
    await program.parseAsync(argv);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed its message (and the help hint) on stderr.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    const failure = describeFailure(error);
    streams.stderr.write(`${failure.text}\n`);
    return failure.exitCode;
  }
}
