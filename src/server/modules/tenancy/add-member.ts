import type { Member, TenantRole } from '../../../contracts/index.js';
import { AppError, newId, type Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { TenantContext } from '../../http/index.js';
import { consumeQuota } from './consume-quota.js';
import { insertMembership } from './membership-repository.js';
import { checkGrant } from './role-rules.js';
import type { UserDirectory } from './user-directory.js';
import { toMember } from './views.js';

export interface MemberDeps {
  users: UserDirectory;
  clock: Clock;
}

/**
 * Adds a person who already has a WebNova account to the tenant, taking one seat in the same
 * transaction: if the seat is refused, the membership is not written either.
 */
export async function addMember(
  tx: AppTx,
  deps: MemberDeps,
  tenant: TenantContext,
  input: { email: string; role: TenantRole },
): Promise<Member> {
  checkGrant(tenant.role, input.role);
  const user = await deps.users.findByEmail(tx, input.email);
  if (!user) {
    throw new AppError('not_found', `No WebNova account uses ${input.email}`, {
      hint: 'Ask them to sign up first (POST /api/auth/signup), then add them again.',
    });
  }
  const row = await insertMembership(tx, {
    tenantId: tenant.id,
    id: newId(),
    userId: user.id,
    role: input.role,
    createdAt: deps.clock.now(),
  });
  if (!row) {
    throw new AppError('conflict', `${input.email} is already a member of this tenant`, {
      hint: 'To give them another role, use PATCH /api/tenant/members/:memberId.',
    });
  }
  await consumeQuota(tx, deps.clock, tenant.id, 'seats');
  return toMember(row, user);
}
