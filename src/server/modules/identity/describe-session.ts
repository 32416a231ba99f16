import type { SessionInfo } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { Authentication } from '../../http/index.js';
import type { IdentityDeps } from './identity-deps.js';
import { findUserRowById, toUser } from './user-records.js';

/** Who is signed in, in which tenants, and the CSRF token their writes must echo (none for API tokens). */
export async function describeSession(
  tx: AppTx,
  deps: Pick<IdentityDeps, 'tenancy'>,
  authentication: Authentication,
): Promise<SessionInfo> {
  const row = await findUserRowById(tx, authentication.actor.userId);
  // Authentication just read this user; only a deletion in between can get here.
  if (!row) throw new AppError('unauthenticated', 'Your account no longer exists');
  return {
    user: toUser(row),
    tenants: await deps.tenancy.listTenantsOf(tx, row.id),
    csrfToken: authentication.csrfToken ?? null,
  };
}
