import { roleAtLeast, type TenantRole } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';

// Pure rules for who may change whose role. They throw the AppError the caller should see.
// Owners hold the tenant: only an owner may make or unmake one, and a tenant always keeps one.

const OWNER_ONLY_HINT = 'Ask an owner of this tenant to do it.';

function requireManager(actorRole: TenantRole): void {
  if (!roleAtLeast(actorRole, 'admin')) {
    throw new AppError('forbidden', `Managing members needs the admin role; you are ${actorRole}`, {
      hint: 'Ask an owner or admin of the tenant.',
    });
  }
}

/** Adding a member with `role`. */
export function checkGrant(actorRole: TenantRole, role: TenantRole): void {
  requireManager(actorRole);
  if (role === 'owner' && actorRole !== 'owner') {
    throw new AppError('forbidden', 'Only an owner can make someone an owner', { hint: OWNER_ONLY_HINT });
  }
}

export interface RoleChange {
  actorRole: TenantRole;
  currentRole: TenantRole;
  newRole: TenantRole;
  /** Owners in the tenant now, counted under lock. */
  ownerCount: number;
}

/** Changing a member's role from `currentRole` to `newRole`. */
export function checkRoleChange({ actorRole, currentRole, newRole, ownerCount }: RoleChange): void {
  checkGrant(actorRole, newRole);
  if (currentRole === 'owner' && actorRole !== 'owner') {
    throw new AppError('forbidden', "Only an owner can change an owner's role", { hint: OWNER_ONLY_HINT });
  }
  if (currentRole === 'owner' && newRole !== 'owner' && ownerCount <= 1) {
    throw lastOwner('demoted');
  }
}

export interface Removal {
  actorRole: TenantRole;
  targetRole: TenantRole;
  ownerCount: number;
}

/** Removing a member who holds `targetRole`. */
export function checkRemoval({ actorRole, targetRole, ownerCount }: Removal): void {
  requireManager(actorRole);
  if (targetRole === 'owner' && actorRole !== 'owner') {
    throw new AppError('forbidden', 'Only an owner can remove an owner', { hint: OWNER_ONLY_HINT });
  }
  if (targetRole === 'owner' && ownerCount <= 1) throw lastOwner('removed');
}

function lastOwner(what: 'demoted' | 'removed'): AppError {
  return new AppError('conflict', `The last owner of a tenant cannot be ${what}`, {
    hint: 'Make another member an owner first.',
  });
}
