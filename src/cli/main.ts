/**
 * The `webnova` command: `npx webnova <command>` (bin/webnova.mjs) or `npm run webnova -- <command>`.
 *
 * Adding a command group (e.g. `webnova events tail`, dead letters) takes one new file and one line:
 *   1. create `commands/<group>.ts` exporting a {@link CommandGroup}: a function that calls
 *      `program.command('<group>')` (not `new Command()`, so the group inherits exit handling and
 *      help settings), gives every command `describe(...)` with an example, and wraps each action in
 *      `withContext(...)` to get the API client and `--json` output (see `commands/tokens.ts`);
 *   2. add it to COMMAND_GROUPS below.
 * Errors are thrown, never printed by commands: run-cli.ts turns them into a message and exit code.
 * @module
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import type { CommandGroup } from './command-kit.js';
import { auditCommands } from './commands/audit.js';
import { blueprintCommands } from './commands/blueprint.js';
import { createCommand } from './commands/create.js';
import { deployCommand } from './commands/deploy.js';
import { eventsCommands } from './commands/events.js';
import { generateCommand } from './commands/generate.js';
import { importCommand } from './commands/import.js';
import { logsCommand } from './commands/logs.js';
import { ownerCommands } from './commands/owner.js';
import { psCommand } from './commands/ps.js';
import { restartCommand } from './commands/restart.js';
import { rollbackCommand } from './commands/rollback.js';
import { startCommand } from './commands/start.js';
import { stopCommand } from './commands/stop.js';
import { tenantsCommands } from './commands/tenants.js';
import { tokensCommands } from './commands/tokens.js';
import { whoamiCommand } from './commands/whoami.js';
import { runCli } from './run-cli.js';
import { DEFAULT_SERVER } from './settings.js';

/** In the order `webnova --help` lists them. */
const COMMAND_GROUPS: readonly CommandGroup[] = [
  startCommand,
  ownerCommands,
  whoamiCommand,
  tokensCommands,
  tenantsCommands,
  auditCommands,
  eventsCommands,
  blueprintCommands,
  importCommand,
  generateCommand,
  createCommand,
  deployCommand,
  psCommand,
  logsCommand,
  stopCommand,
  restartCommand,
  rollbackCommand,
];

export function buildProgram(): Command {
  const program = new Command('webnova')
    .description('Run and administer a WebNova installation from the terminal.')
    .version(packageVersion(), '-V, --version', 'print the CLI version')
    // Set before any sub-command exists: `program.command()` copies these settings to each one.
    .exitOverride()
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .showHelpAfterError('(add --help for usage and examples)')
    .option('--server <url>', `WebNova server URL (env WEBNOVA_SERVER; default ${DEFAULT_SERVER})`)
    .option('--token <token>', 'API token, sent as a Bearer token (env WEBNOVA_TOKEN)')
    .option('--tenant <tenantId>', 'tenant id for commands that work inside a tenant (env WEBNOVA_TENANT)')
    .option('--json', 'print one JSON document on stdout instead of text, for scripts');
  program.addHelpText(
    'after',
    `
Examples:
  $ webnova start
  $ WEBNOVA_OWNER_PASSWORD='a long secret' webnova owner create --email owner@example.com
  $ export WEBNOVA_TOKEN=<token printed above>
  $ webnova whoami
  $ webnova audit verify --installation --json

Exit codes: 0 done, 1 refused or failed, 2 the command line was wrong.
`,
  );
  for (const addGroup of COMMAND_GROUPS) addGroup(program);
  return program;
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? 'unknown';
}

process.exitCode = await runCli(buildProgram(), process.argv);
