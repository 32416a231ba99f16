import type { Blueprint } from '../../contracts/index.js';
import { pluralOf, toKebabCase } from '../../blueprint/index.js';
import type { CrudActionName, EntityPermissions, RoleModel, Scope } from './types.js';

const ACTIONS: readonly CrudActionName[] = ['create', 'read', 'update', 'delete'];

/** `all` is broader than `own`, which is broader than nothing. */
function broader(a: Scope | null, b: Scope | null): Scope | null {
  if (a === 'all' || b === 'all') return 'all';
  return a ?? b;
}

export function noPermissions(): EntityPermissions {
  return { create: null, read: null, update: null, delete: null };
}

/** Merges the permissions of several roles (a user may hold more than one): the broader scope wins. */
export function mergePermissions(
  maps: readonly Record<string, EntityPermissions>[],
): Record<string, EntityPermissions> {
  const merged: Record<string, EntityPermissions> = {};
  for (const map of maps) {
    for (const [key, permissions] of Object.entries(map)) {
      const into = (merged[key] ??= noPermissions());
      for (const action of ACTIONS) into[action] = broader(into[action], permissions[action]);
    }
  }
  return merged;
}

/** Each role's permissions with the roles it inherits folded in, keyed by plural kebab entity name. */
export function resolveRoles(blueprint: Blueprint): RoleModel[] {
  const byName = new Map(blueprint.roles.map((role) => [role.name, role]));
  const entityKeys = blueprint.entities.map((entity) => toKebabCase(pluralOf(entity.name)));

  const ownPermissions = (roleName: string): Record<string, EntityPermissions> => {
    const map: Record<string, EntityPermissions> = {};
    for (const permission of byName.get(roleName)?.permissions ?? []) {
      const entry = (map[toKebabCase(pluralOf(permission.entity))] ??= noPermissions());
      for (const action of permission.actions) entry[action] = broader(entry[action], permission.scope);
    }
    return map;
  };

  const inheritedRoles = (roleName: string, seen: Set<string>): string[] => {
    if (seen.has(roleName)) return [];
    seen.add(roleName);
    const parents = byName.get(roleName)?.inherits ?? [];
    return [roleName, ...parents.flatMap((parent) => inheritedRoles(parent, seen))];
  };

  return blueprint.roles.map((role) => {
    const merged = mergePermissions(inheritedRoles(role.name, new Set()).map(ownPermissions));
    const complete: Record<string, EntityPermissions> = {};
    for (const key of entityKeys) complete[key] = merged[key] ?? noPermissions();
    return { name: role.name, label: role.label, administrator: role.administrator, permissions: complete };
  });
}
