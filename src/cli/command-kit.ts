import { type Command, InvalidArgumentError } from 'commander';
import { ApiClient } from './api-client.js';
import { Output } from './output.js';
import { resolveSettings, type GlobalOptions, type Settings } from './settings.js';

/** A command group adds its commands to the program; main.ts lists the groups. */
export type CommandGroup = (program: Command) => void;

/** What an action gets: its parsed arguments and options, and a client set up from the global flags. */
export interface CommandContext<Options> {
  args: string[];
  options: Options;
  settings: Settings;
  client: ApiClient;
  output: Output;
  env: NodeJS.ProcessEnv;
}

/**
 * Wraps an action so it receives a {@link CommandContext}. Errors are not caught here: they rise to
 * run-cli.ts, the one place that turns them into a message and an exit code.
 */
export function withContext<Options = Record<string, never>>(
  run: (context: CommandContext<Options>) => Promise<void>,
): (...actionArgs: unknown[]) => Promise<void> {
  return async (...actionArgs) => {
    // Commander passes the positional arguments, the options, then the command itself.
    const command = actionArgs[actionArgs.length - 1] as Command;
    const settings = resolveSettings(command.optsWithGlobals<GlobalOptions>(), process.env);
    await run({
      args: command.processedArgs as string[],
      options: command.opts() as Options,
      settings,
      client: new ApiClient(settings),
      output: new Output(settings.json),
      env: process.env,
    });
  };
}

/** Every command's help says what it does and shows at least one example (tests hold us to it). */
export function describe(command: Command, description: string, examples: readonly string[]): Command {
  // The first sentence stands for the command in its parent's list; the help shows it all.
  const summary = /^.*?[.:](?=\s|$)/.exec(description)?.[0] ?? description;
  return command
    .summary(summary.replace(/[.:]$/, ''))
    .description(description)
    .addHelpText('after', `\nExamples:\n${examples.map((example) => `  $ ${example}`).join('\n')}\n`);
}

/** An option parser for whole numbers in a range; a bad value is a usage error (exit 2) naming the range. */
export function integerIn(min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < min || number > max) {
      throw new InvalidArgumentError(`must be a whole number from ${min} to ${max}.`);
    }
    return number;
  };
}
