import type { Command } from 'commander';
import { OwnerCreated } from '../../contracts/index.js';
import { ApiError } from '../api-error.js';
import { CliError, UsageError } from '../cli-error.js';
import { describe, withContext } from '../command-kit.js';
import { formatFields } from '../output.js';

interface OwnerCreateOptions {
  email: string;
  password?: string;
  displayName?: string;
  setupToken?: string;
}

/** `webnova owner create`: bootstraps the installation's ROOT_OWNER and prints their first API token. */
export function ownerCommands(program: Command): void {
  const owner = describe(program.command('owner'), 'Set up the owner of this WebNova installation.', [
    'webnova owner create --email owner@example.com',
  ]);

  describe(
    owner.command('create'),
    "Create the installation's owner (ROOT_OWNER) and print an API token for them. Works once: later calls are refused. The password may come from WEBNOVA_OWNER_PASSWORD so it stays out of shell history; from another machine than the server's, pass the setup token the server printed at startup.",
    [
      "WEBNOVA_OWNER_PASSWORD='a long secret' webnova owner create --email owner@example.com --display-name 'Amal'",
      'webnova owner create --email owner@example.com --password "$PASS" --setup-token "$SETUP" --server https://webnova.example.org --json',
    ],
  )
    .requiredOption('--email <email>', "the owner's email address, used to sign in")
    .option('--password <password>', 'at least 10 characters (or set WEBNOVA_OWNER_PASSWORD)')
    .option('--display-name <name>', 'name shown in the web app')
    .option('--setup-token <token>', 'the one-time setup token from the server log (needed off-machine)')
    .action(
      withContext<OwnerCreateOptions>(async ({ options, client, output, env }) => {
        const password = options.password ?? env.WEBNOVA_OWNER_PASSWORD;
        if (!password) {
          throw new UsageError(
            'The owner needs a password: pass --password or set WEBNOVA_OWNER_PASSWORD',
            "Prefer the variable, e.g. WEBNOVA_OWNER_PASSWORD='a long secret' webnova owner create --email you@example.com",
          );
        }
        if (options.password) {
          output.note('Note: --password stays in your shell history; WEBNOVA_OWNER_PASSWORD does not.');
        }
        const body = {
          email: options.email,
          password,
          ...(options.displayName ? { displayName: options.displayName } : {}),
          ...(options.setupToken ? { setupToken: options.setupToken } : {}),
        };
        const created = await client.post('/api/setup/owner', body, OwnerCreated).catch(explainRefusal);
        output.result(
          created,
          ({ user, tenant, token }) => `Owner created.
${formatFields([
  ['Owner', `${user.displayName} <${user.email}>`],
  ['Tenant', `${tenant.name} (${tenant.id})`],
])}

API token (shown only this once; keep it secret):
  ${token}

Use it with: export WEBNOVA_TOKEN=${token}`,
        );
      }),
    );
}

/** The server's 409 speaks of the route; here we say what the person should do instead. */
function explainRefusal(error: unknown): never {
  if (error instanceof ApiError && error.status === 409) {
    throw new CliError('An owner already exists for this installation; there can be only one.', {
      hint: 'Sign in as the existing owner in the web app, or use their token: `webnova tokens create <name>` makes another.',
    });
  }
  throw error;
}
