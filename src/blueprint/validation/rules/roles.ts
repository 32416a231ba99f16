/**
 * Roles: unique and safe names, permissions on real entities with no action granted twice,
 * inheritance from real roles without cycles, and at least one administrator.
 * @module
 */
import type { Role } from '../../../contracts/index.js';
import { isTypeScriptReservedWord } from '../../naming/reserved.js';
import { type PathSegment, quote } from '../problem.js';
import { type Report, type Rule, forEachRepeat, pointToExisting } from './rule.js';

function checkPermissions(
  role: Role,
  roleIndex: number,
  entityNames: readonly string[],
  report: Report,
): void {
  const known = new Set(entityNames);
  const grantedAt = new Map<string, number>();
  role.permissions.forEach((permission, permissionIndex) => {
    const path = ['roles', roleIndex, 'permissions', permissionIndex];
    if (!known.has(permission.entity)) {
      report(
        'permission_entity_missing',
        [...path, 'entity'],
        `the role ${quote(role.name)} has a permission on ${quote(permission.entity)}, which is not an entity of this Blueprint`,
        pointToExisting(permission.entity, entityNames, 'entity', 'remove the permission'),
      );
    }
    permission.actions.forEach((action, actionIndex) => {
      const key = `${permission.entity}\u0000${action}`;
      const first = grantedAt.get(key);
      if (first === undefined) {
        grantedAt.set(key, permissionIndex);
        return;
      }
      report(
        'duplicate_permission',
        [...path, 'actions', actionIndex],
        `the role ${quote(role.name)} grants ${quote(action)} on ${quote(permission.entity)} twice (also in permissions[${first}])`,
        `remove ${quote(action)} from one of them; to limit it to the user's own records, keep only the permission with "scope": "own"`,
      );
    });
  });
}

/** Reports each inheritance cycle once, at the `inherits` entry that closes it. */
function checkInheritanceCycles(roles: readonly Role[], report: Report): void {
  const indexByName = new Map<string, number>();
  roles.forEach((role, index) => {
    if (!indexByName.has(role.name)) indexByName.set(role.name, index);
  });
  const state = new Map<string, 'visiting' | 'done'>();
  const trail: string[] = [];

  const visit = (name: string): void => {
    state.set(name, 'visiting');
    trail.push(name);
    const roleIndex = indexByName.get(name) ?? -1;
    roles[roleIndex]?.inherits.forEach((parent, inheritIndex) => {
      if (!indexByName.has(parent)) return;
      const parentState = state.get(parent);
      if (parentState === undefined) {
        visit(parent);
      } else if (parentState === 'visiting') {
        const cycle = [...trail.slice(trail.indexOf(parent)), parent];
        const path: PathSegment[] = ['roles', roleIndex, 'inherits', inheritIndex];
        report(
          'role_inheritance_cycle',
          path,
          `role inheritance goes round in a circle: ${cycle.join(' → ')}`,
          `remove ${quote(parent)} from the inherits of ${quote(name)}; a role should inherit only from roles with fewer permissions`,
        );
      }
    });
    trail.pop();
    state.set(name, 'done');
  };

  for (const role of roles) if (!state.has(role.name)) visit(role.name);
}

export const checkRoles: Rule = (blueprint, report) => {
  const { roles } = blueprint;
  const roleNames = roles.map((role) => role.name);
  const knownRoles = new Set(roleNames);
  const entityNames = blueprint.entities.map((entity) => entity.name);
  forEachRepeat(
    roles,
    (role) => role.name.toLowerCase(),
    (role, index, first) =>
      report(
        'duplicate_role_name',
        ['roles', index, 'name'],
        `the role name ${quote(role.name)} is already used by roles[${first}]`,
        'rename one of them, or merge their permissions into one role',
      ),
  );
  roles.forEach((role, roleIndex) => {
    if (isTypeScriptReservedWord(role.name)) {
      report(
        'reserved_word',
        ['roles', roleIndex, 'name'],
        `the role name ${quote(role.name)} cannot be used: it is a reserved word in TypeScript and JavaScript`,
        `rename it, e.g. ${quote(`${role.name}Role`)}`,
      );
    }
    role.inherits.forEach((parent, inheritIndex) => {
      if (knownRoles.has(parent)) return;
      report(
        'inherited_role_missing',
        ['roles', roleIndex, 'inherits', inheritIndex],
        `the role ${quote(role.name)} inherits from ${quote(parent)}, which is not a role of this Blueprint`,
        pointToExisting(parent, roleNames, 'role', `add a role named ${quote(parent)}`),
      );
    });
    checkPermissions(role, roleIndex, entityNames, report);
  });
  checkInheritanceCycles(roles, report);
  if (!roles.some((role) => role.administrator)) {
    const likely = roles.find((role) => /admin|manager|owner/i.test(role.name)) ?? roles[0];
    report(
      'administrator_missing',
      ['roles'],
      'no role is an administrator, so nobody could manage the platform’s users',
      `add "administrator": true to a role${likely ? `, e.g. ${quote(likely.name)}` : ''}`,
    );
  }
};
