import type { Logger } from 'pino';
import { randomSecret } from '../../../kernel/index.js';
import { withoutTenant } from '../../db/index.js';
import type { IdentityDeps } from './identity-deps.js';
import { ownerExists } from './user-records.js';

/**
 * At startup of an installation with no owner: picks the setup token (the configured one or a fresh one),
 * keeps it for this process and prints it once, loudly, with how to use it. Null once an owner exists.
 */
export async function prepareSetupToken(
  deps: Pick<IdentityDeps, 'db' | 'config' | 'setupToken'>,
  log: Logger,
): Promise<string | null> {
  if (await withoutTenant(deps.db, ownerExists)) {
    deps.setupToken.set(null);
    return null;
  }
  const token = deps.config.setupToken ?? randomSecret(24);
  deps.setupToken.set(token);
  log.warn(
    { setupToken: token },
    [
      'This WebNova installation has no owner yet. Create it with one of:',
      `  webnova owner create --email you@example.com --password '<a long password>' --setup-token ${token}`,
      '  or sign up in a browser on this machine (from elsewhere, give this setup token when asked).',
      'The first account becomes the ROOT_OWNER of the installation; keep this token private.',
    ].join('\n'),
  );
  return token;
}
