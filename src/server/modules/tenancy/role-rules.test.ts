import { describe, expect, it } from 'vitest';
import { roleAtLeast, TENANT_ROLES, type TenantRole } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import { checkGrant, checkRemoval, checkRoleChange } from './role-rules.js';

/** `ok`, or the code of the AppError the rule threw. */
function outcome(check: () => void): string {
  try {
    check();
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('role hierarchy', () => {
  it('orders owner > admin > developer > viewer', () => {
    expect(roleAtLeast('owner', 'admin')).toBe(true);
    expect(roleAtLeast('admin', 'admin')).toBe(true);
    expect(roleAtLeast('developer', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'developer')).toBe(false);
    expect(TENANT_ROLES.filter((role) => roleAtLeast(role, 'developer'))).toEqual([
      'owner',
      'admin',
      'developer',
    ]);
  });
});

describe('who may grant which role', () => {
  const table: [TenantRole, TenantRole, string][] = [
    ['owner', 'owner', 'ok'],
    ['owner', 'admin', 'ok'],
    ['admin', 'owner', 'forbidden'],
    ['admin', 'admin', 'ok'],
    ['admin', 'viewer', 'ok'],
    ['developer', 'viewer', 'forbidden'],
    ['viewer', 'viewer', 'forbidden'],
  ];
  it.each(table)('%s granting %s: %s', (actor, role, expected) => {
    expect(outcome(() => checkGrant(actor, role))).toBe(expected);
  });
});

describe('changing a role', () => {
  const table: [TenantRole, TenantRole, TenantRole, number, string][] = [
    // actor, current, new, owners, expected
    ['admin', 'developer', 'admin', 1, 'ok'],
    ['admin', 'admin', 'viewer', 1, 'ok'],
    ['admin', 'developer', 'owner', 1, 'forbidden'],
    ['admin', 'owner', 'viewer', 2, 'forbidden'],
    ['admin', 'owner', 'viewer', 1, 'forbidden'],
    ['owner', 'admin', 'owner', 1, 'ok'],
    ['owner', 'owner', 'admin', 2, 'ok'],
    ['owner', 'owner', 'admin', 1, 'conflict'],
    ['owner', 'owner', 'owner', 1, 'ok'],
    ['developer', 'viewer', 'developer', 1, 'forbidden'],
  ];
  it.each(table)(
    '%s changing %s to %s with %i owner(s): %s',
    (actorRole, currentRole, newRole, ownerCount, expected) => {
      expect(outcome(() => checkRoleChange({ actorRole, currentRole, newRole, ownerCount }))).toBe(expected);
    },
  );

  it('explains the last-owner refusal and what to do', () => {
    expect(() =>
      checkRoleChange({ actorRole: 'owner', currentRole: 'owner', newRole: 'viewer', ownerCount: 1 }),
    ).toThrow(
      expect.objectContaining({
        status: 409,
        message: expect.stringMatching(/last owner/),
        hint: expect.stringMatching(/another member an owner/),
      }),
    );
  });
});

describe('removing a member', () => {
  const table: [TenantRole, TenantRole, number, string][] = [
    ['admin', 'viewer', 1, 'ok'],
    ['admin', 'admin', 1, 'ok'],
    ['admin', 'owner', 2, 'forbidden'],
    ['owner', 'owner', 2, 'ok'],
    ['owner', 'owner', 1, 'conflict'],
    ['developer', 'viewer', 1, 'forbidden'],
  ];
  it.each(table)('%s removing %s with %i owner(s): %s', (actorRole, targetRole, ownerCount, expected) => {
    expect(outcome(() => checkRemoval({ actorRole, targetRole, ownerCount }))).toBe(expected);
  });
});
