import { notFound, type Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { TenantContext } from '../../http/index.js';
import { MEMBER_NOT_FOUND_HINT } from './change-member-role.js';
import { deleteMember, findMemberForUpdate, lockOwners } from './membership-repository.js';
import { releaseQuota } from './release-quota.js';
import { checkRemoval } from './role-rules.js';

/** Removes a member and gives their seat back, in one transaction. */
export async function removeMember(
  tx: AppTx,
  clock: Clock,
  tenant: TenantContext,
  memberId: string,
): Promise<void> {
  const ownerCount = await lockOwners(tx, tenant.id);
  const member = await findMemberForUpdate(tx, tenant.id, memberId);
  if (!member) throw notFound('Member', MEMBER_NOT_FOUND_HINT);
  checkRemoval({ actorRole: tenant.role, targetRole: member.role, ownerCount });
  if (!(await deleteMember(tx, tenant.id, memberId))) throw notFound('Member', MEMBER_NOT_FOUND_HINT);
  await releaseQuota(tx, clock, tenant.id, 'seats');
}
