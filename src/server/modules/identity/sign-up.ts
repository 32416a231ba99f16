import type { z } from 'zod';
import type { SignUpRequest } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import type { IdentityDeps } from './identity-deps.js';
import { registerUser } from './register-user.js';
import { assertMayBecomeOwner } from './setup-gate.js';
import { startSession, type OpenedSession } from './start-session.js';
import { ownerExists } from './user-records.js';

/**
 * Creates an account, its first tenant and a session. The first account of an installation becomes
 * its ROOT_OWNER, which needs the server's machine or the setup token (see setup-gate.ts).
 */
export async function signUp(
  tx: AppTx,
  deps: Pick<IdentityDeps, 'clock' | 'config' | 'tenancy' | 'setupToken'>,
  input: z.output<typeof SignUpRequest>,
  client: { isLocal: boolean },
): Promise<OpenedSession> {
  const becomesOwner = !(await ownerExists(tx));
  if (becomesOwner) {
    assertMayBecomeOwner(
      { isLocal: client.isLocal, providedToken: input.setupToken, expectedToken: deps.setupToken.current() },
      'sign-up',
    );
  }
  // Two first sign-ups racing both get here; the users_single_root_owner index lets one win (409 for the other).
  const { user, tenant } = await registerUser(tx, deps, {
    email: input.email,
    password: input.password,
    displayName: input.displayName,
    isRootOwner: becomesOwner,
  });
  const session = await startSession(tx, deps, user.id);
  return { info: { user, tenants: [tenant], csrfToken: session.csrfToken }, sessionToken: session.token };
}
