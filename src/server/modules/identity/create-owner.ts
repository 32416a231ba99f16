import type { z } from 'zod';
import type { CreateOwnerRequest, OwnerCreated } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { createApiToken } from './create-api-token.js';
import type { IdentityDeps } from './identity-deps.js';
import { displayNameFromEmail, registerUser } from './register-user.js';
import { assertMayBecomeOwner } from './setup-gate.js';
import { ownerExists } from './user-records.js';

/**
 * `webnova owner create`: the installation's ROOT_OWNER, their first tenant and an API token for the CLI,
 * all in one transaction, so a failure leaves the installation as fresh as before.
 */
export async function createOwner(
  tx: AppTx,
  deps: Pick<IdentityDeps, 'clock' | 'tenancy' | 'setupToken'>,
  input: z.output<typeof CreateOwnerRequest>,
  client: { isLocal: boolean },
): Promise<z.input<typeof OwnerCreated>> {
  if (await ownerExists(tx)) {
    throw new AppError('conflict', 'This installation already has an owner', {
      hint: 'Log in as the owner instead (in the browser, or with an API token the owner created), or sign up and ask the owner to add you to a tenant.',
    });
  }
  assertMayBecomeOwner(
    { isLocal: client.isLocal, providedToken: input.setupToken, expectedToken: deps.setupToken.current() },
    'owner-create',
  );
  const { user, tenant } = await registerUser(tx, deps, {
    email: input.email,
    password: input.password,
    displayName: input.displayName ?? displayNameFromEmail(input.email),
    isRootOwner: true,
  });
  const token = await createApiToken(tx, deps.clock, user.id, {
    name: 'webnova CLI (created with the owner)',
  });
  return { user, token: token.token, tenant };
}
