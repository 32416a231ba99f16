import type { Blueprint, BlueprintDiff } from '../../contracts/index.js';

/**
 * The older Blueprint with the diff's renames applied and nothing else changed: its schema has the
 * same shape as the older one, name for name, and the newer version's names. Comparing the two gives
 * the renames; comparing it with the newer version gives every other change, with names aligned.
 */
export function withRenamesApplied(before: Blueprint, diff: BlueprintDiff): Blueprint {
  const entityName = new Map(diff.entities.renamed.map((rename) => [rename.from, rename.to]));
  const follow = (name: string): string => entityName.get(name) ?? name;
  // Field renames are listed under the entity's newer name.
  const fieldRenames = new Map(
    diff.entities.changed.map((change) => [
      change.name,
      new Map(change.fields.renamed.map((rename) => [rename.from, rename.to])),
    ]),
  );
  return {
    ...before,
    entities: before.entities.map((entity) => {
      const name = follow(entity.name);
      const fields = fieldRenames.get(name);
      const fieldName = (field: string): string => fields?.get(field) ?? field;
      return {
        ...entity,
        name,
        displayField: entity.displayField === undefined ? undefined : fieldName(entity.displayField),
        fields: entity.fields.map((field) => ({ ...field, name: fieldName(field.name) })),
      };
    }),
    relations: before.relations.map((relation) => ({
      ...relation,
      from: follow(relation.from),
      to: follow(relation.to),
    })),
    roles: before.roles.map((role) => ({
      ...role,
      permissions: role.permissions.map((permission) => ({
        ...permission,
        entity: follow(permission.entity),
      })),
    })),
    pages: before.pages.map((page) =>
      page.entity === undefined ? page : { ...page, entity: follow(page.entity) },
    ),
  };
}
