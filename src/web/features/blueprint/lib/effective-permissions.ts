import type { CrudAction, Permission, Role } from '../../../../contracts/index.js';

export interface Grant {
  actions: Set<CrudAction>;
  /** `all` wins over `own` when a role gets the same entity twice (its own and an inherited grant). */
  scope: 'all' | 'own';
}

/** A role's permissions with those of the roles it inherits (cycles are refused by validation, but guarded). */
export function effectivePermissions(role: Role, roles: Role[]): Map<string, Grant> {
  const byName = new Map(roles.map((each) => [each.name, each]));
  const grants = new Map<string, Grant>();
  const seen = new Set<string>();
  const visit = (current: Role) => {
    if (seen.has(current.name)) return;
    seen.add(current.name);
    current.permissions.forEach((permission) => merge(grants, permission));
    current.inherits.forEach((name) => {
      const parent = byName.get(name);
      if (parent) visit(parent);
    });
  };
  visit(role);
  return grants;
}

function merge(grants: Map<string, Grant>, permission: Permission) {
  const grant = grants.get(permission.entity) ?? { actions: new Set<CrudAction>(), scope: permission.scope };
  permission.actions.forEach((action) => grant.actions.add(action));
  if (permission.scope === 'all') grant.scope = 'all';
  grants.set(permission.entity, grant);
}
