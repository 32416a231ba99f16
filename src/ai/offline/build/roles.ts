/**
 * Roles and their permissions: an administrator always, plus the domain's usual roles for the
 * entities the platform has.
 * @module
 */
import { CRUD_ACTIONS, type Blueprint, type Permission, type Role } from '../../../contracts/index.js';
import { actionsOf, KNOWLEDGE_PACKS, type KnowledgePack, type RoleHint } from '../knowledge/index.js';

export const ADMIN_LABEL = { en: 'Administrator', ar: 'مدير النظام' };

export function adminRole(entityNames: readonly string[]): Role {
  return {
    name: 'admin',
    label: { ...ADMIN_LABEL },
    description: 'Manages users, settings and every record.',
    administrator: true,
    inherits: [],
    permissions: entityNames.map((entity) => ({ entity, actions: [...CRUD_ACTIONS], scope: 'all' })),
  };
}

function permissionsOf(hint: RoleHint, entityNames: readonly string[]): Permission[] {
  return entityNames.flatMap((entity) => {
    const letters = hint.permissions[entity];
    if (!letters) return [];
    return [{ entity, actions: actionsOf(letters), scope: hint.portal ? 'own' : 'all' } satisfies Permission];
  });
}

/** The pack's roles that have something to do on these entities (portal roles only when asked). */
export function packRoles(pack: KnowledgePack, entityNames: readonly string[], selfService: boolean): Role[] {
  return pack.roles
    .filter(
      (hint) => (!hint.portal || selfService) && hint.core.some((entity) => entityNames.includes(entity)),
    )
    .map((hint) => ({
      name: hint.name,
      label: { en: hint.en, ar: hint.ar },
      administrator: false,
      inherits: [],
      permissions: permissionsOf(hint, entityNames),
    }))
    .filter((role) => role.permissions.length > 0);
}

/** The Arabic and English label of a role the packs know, for filling locales. */
export function knownRoleLabel(name: string): { en: string; ar: string } | undefined {
  if (name === 'admin') return ADMIN_LABEL;
  for (const pack of KNOWLEDGE_PACKS) {
    const hint = pack.roles.find((role) => role.name === name);
    if (hint) return { en: hint.en, ar: hint.ar };
  }
  return undefined;
}

/** Gives existing roles access to new entities: the pack's actions where it has some, read otherwise. */
export function grantNewEntities(
  blueprint: Blueprint,
  pack: KnowledgePack,
  entityNames: readonly string[],
): void {
  for (const role of blueprint.roles) {
    for (const entity of entityNames) {
      if (role.permissions.some((permission) => permission.entity === entity)) continue;
      if (role.administrator) {
        role.permissions.push({ entity, actions: [...CRUD_ACTIONS], scope: 'all' });
        continue;
      }
      const hint = [pack, ...KNOWLEDGE_PACKS.filter((other) => other !== pack)]
        .flatMap((candidatePack) => candidatePack.roles)
        .find((candidate) => candidate.name === role.name && candidate.permissions[entity]);
      const letters = hint?.permissions[entity] ?? 'r';
      role.permissions.push({ entity, actions: actionsOf(letters), scope: hint?.portal ? 'own' : 'all' });
    }
  }
}
