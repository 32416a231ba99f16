import type { z } from 'zod';
import type { LogInRequest } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import { actAsUser, type AppTx } from '../../db/index.js';
import type { IdentityDeps } from './identity-deps.js';
import { verifyNothing, verifyPassword } from './passwords.js';
import { startSession, type OpenedSession } from './start-session.js';
import { findUserRowByEmail, toUser } from './user-records.js';

/** One message for an unknown email and a wrong password, so the answer does not reveal who has an account. */
export const WRONG_CREDENTIALS = 'The email or password is not right';

export async function logIn(
  tx: AppTx,
  deps: Pick<IdentityDeps, 'clock' | 'config' | 'tenancy'>,
  input: z.output<typeof LogInRequest>,
): Promise<OpenedSession> {
  const row = await findUserRowByEmail(tx, input.email);
  const passwordMatches = row
    ? await verifyPassword(row.passwordHash, input.password)
    : await verifyNothing(input.password);
  if (!row || !passwordMatches) {
    throw new AppError('unauthenticated', WRONG_CREDENTIALS, {
      hint: 'Check both and try again; after repeated failures, logins for this email from your address pause for 15 minutes.',
    });
  }
  const session = await startSession(tx, deps, row.id);
  // The request began anonymous; its tenants are readable only as this user (own_memberships_readable).
  const tenants = await actAsUser(tx, row.id, () => deps.tenancy.listTenantsOf(tx, row.id));
  return { info: { user: toUser(row), tenants, csrfToken: session.csrfToken }, sessionToken: session.token };
}
