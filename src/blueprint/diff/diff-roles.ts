/**
 * What changed in the roles. Inherited roles and permissions are compared as sets (their order means
 * nothing), with entity renames followed.
 * @module
 */
import type { BlueprintDiff, Permission, Role } from '../../contracts/index.js';
import { compareText, propertyChanges, sortedBy } from './json-values.js';

const ROLE_PROPERTIES = ['label', 'description', 'administrator', 'inherits', 'permissions'] as const;

function canonicalPermissions(
  permissions: readonly Permission[],
  follow: (name: string) => string,
): Permission[] {
  return permissions
    .map((permission) => ({
      entity: follow(permission.entity),
      actions: [...permission.actions].sort(compareText),
      scope: permission.scope,
    }))
    .sort((a, b) => compareText(`${a.entity}\u0000${a.scope}`, `${b.entity}\u0000${b.scope}`));
}

export function diffRoles(
  before: readonly Role[],
  after: readonly Role[],
  renamedTo: ReadonlyMap<string, string>,
): BlueprintDiff['roles'] {
  const follow = (name: string): string => renamedTo.get(name) ?? name;
  const canonical = (role: Role, followRenames: boolean): Role => ({
    ...role,
    inherits: [...role.inherits].sort(compareText),
    permissions: canonicalPermissions(role.permissions, followRenames ? follow : (name) => name),
  });
  const beforeByName = new Map(before.map((role) => [role.name, canonical(role, true)]));
  const afterNames = new Set(after.map((role) => role.name));
  const changed: BlueprintDiff['roles']['changed'] = [];
  for (const role of after) {
    const beforeRole = beforeByName.get(role.name);
    if (!beforeRole) continue;
    const changes = propertyChanges(beforeRole, canonical(role, false), ROLE_PROPERTIES);
    if (changes.length > 0) changed.push({ name: role.name, changes });
  }
  return {
    added: sortedBy(
      after.filter((role) => !beforeByName.has(role.name)),
      (role) => role.name,
    ),
    removed: sortedBy(
      before.filter((role) => !afterNames.has(role.name)),
      (role) => role.name,
    ),
    changed: sortedBy(changed, (change) => change.name),
  };
}
