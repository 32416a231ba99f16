import type { Member, TenantRole } from '../../../contracts/index.js';
import { notFound } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { TenantContext } from '../../http/index.js';
import { findMemberForUpdate, lockOwners, updateMemberRole } from './membership-repository.js';
import { checkRoleChange } from './role-rules.js';
import type { UserDirectory } from './user-directory.js';
import { toMember } from './views.js';

export const MEMBER_NOT_FOUND_HINT = 'GET /api/tenant/members lists the members of this tenant.';

export async function changeMemberRole(
  tx: AppTx,
  users: UserDirectory,
  tenant: TenantContext,
  memberId: string,
  role: TenantRole,
): Promise<Member> {
  // Owners are locked before the member is read, so the owner count and the member's role are current.
  const ownerCount = await lockOwners(tx, tenant.id);
  const member = await findMemberForUpdate(tx, tenant.id, memberId);
  if (!member) throw notFound('Member', MEMBER_NOT_FOUND_HINT);
  checkRoleChange({ actorRole: tenant.role, currentRole: member.role, newRole: role, ownerCount });
  const updated = member.role === role ? member : await updateMemberRole(tx, tenant.id, memberId, role);
  if (!updated) throw notFound('Member', MEMBER_NOT_FOUND_HINT);
  const [user] = await users.findByIds(tx, [member.userId]);
  return toMember(updated, user);
}
