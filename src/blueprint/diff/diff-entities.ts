/**
 * What changed in the entities: added, removed, renamed (by hint or when an entity's fields are
 * identical under a new name) and changed, with each changed entity's field diff.
 * @module
 */
import type { Blueprint, BlueprintDiff, Entity, RenameHints } from '../../contracts/index.js';
import { diffFields, isFieldsDiffEmpty } from './diff-fields.js';
import { propertyChanges, sameJson, sortedBy } from './json-values.js';
import { matchRenames } from './renames.js';

type EntitiesDiff = BlueprintDiff['entities'];

const ENTITY_PROPERTIES = ['label', 'pluralLabel', 'description', 'displayField'] as const;

export interface EntitiesComparison {
  diff: EntitiesDiff;
  /** Older entity name → newer one, for everything that refers to entities by name. */
  renamedTo: ReadonlyMap<string, string>;
}

export function diffEntities(before: Blueprint, after: Blueprint, hints: RenameHints): EntitiesComparison {
  const beforeByName = new Map(before.entities.map((entity) => [entity.name, entity]));
  const afterByName = new Map(after.entities.map((entity) => [entity.name, entity]));
  const entityIn = (entities: Map<string, Entity>, name: string): Entity => {
    const entity = entities.get(name);
    if (!entity) throw new Error(`diffEntities: no entity ${name}`);
    return entity;
  };
  const match = matchRenames([...beforeByName.keys()], [...afterByName.keys()], hints.entities, (from, to) =>
    sameJson(entityIn(beforeByName, from).fields, entityIn(afterByName, to).fields),
  );
  const renamedTo = new Map(match.renames.map((rename) => [rename.from, rename.to]));
  const renamedFrom = new Map(match.renames.map((rename) => [rename.to, rename.from]));

  const changed: EntitiesDiff['changed'] = [];
  for (const [name, afterEntity] of afterByName) {
    const beforeEntity = beforeByName.get(renamedFrom.get(name) ?? name);
    if (!beforeEntity) continue;
    const fieldHints = hints.fields.filter((hint) => hint.entity === name);
    const fields = diffFields(beforeEntity, afterEntity, fieldHints);
    const changes = propertyChanges(beforeEntity, afterEntity, ENTITY_PROPERTIES);
    if (changes.length > 0 || !isFieldsDiffEmpty(fields)) changed.push({ name, changes, fields });
  }
  return {
    diff: {
      added: match.added.map((name) => entityIn(afterByName, name)),
      removed: match.removed.map((name) => entityIn(beforeByName, name)),
      renamed: match.renames,
      changed: sortedBy(changed, (change) => change.name),
    },
    renamedTo,
  };
}
