import type { Command } from 'commander';
import { SessionInfo } from '../../contracts/index.js';
import { describe, withContext } from '../command-kit.js';
import { formatFields, formatTable } from '../output.js';
import { tenantColumns } from './tenants.js';

/** `webnova whoami`: which user the token belongs to, and their tenants (whose ids `--tenant` takes). */
export function whoamiCommand(program: Command): void {
  describe(program.command('whoami'), 'Show the user your API token signs in as, and your tenants.', [
    'webnova whoami',
    'webnova whoami --token "$WEBNOVA_TOKEN" --json',
  ]).action(
    withContext(async ({ client, output }) => {
      const session = await client.get('/api/auth/session', SessionInfo);
      output.result(
        session,
        ({ user, tenants }) => `${formatFields([
          ['User', `${user.displayName} <${user.email}>`],
          ['Id', user.id],
          ['Role', user.isRootOwner ? 'owner of this installation (ROOT_OWNER)' : 'user'],
          ['Locale', user.locale],
        ])}

Tenants:
${formatTable(tenants, tenantColumns, '(none)')}`,
      );
    }),
  );
}
