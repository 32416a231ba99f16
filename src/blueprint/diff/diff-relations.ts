/**
 * What changed in the relations, keyed `<from>.<name>`. Relations of renamed entities are read under
 * the new names first, so a rename alone changes no relation.
 * @module
 */
import type { BlueprintDiff, Relation } from '../../contracts/index.js';
import { propertyChanges, sortedBy } from './json-values.js';

const RELATION_PROPERTIES = ['kind', 'to', 'inverseName', 'label', 'required', 'onDelete'] as const;

export const relationKey = (relation: Relation): string => `${relation.from}.${relation.name}`;

export function diffRelations(
  before: readonly Relation[],
  after: readonly Relation[],
  renamedTo: ReadonlyMap<string, string>,
): BlueprintDiff['relations'] {
  const follow = (name: string): string => renamedTo.get(name) ?? name;
  const beforeByKey = new Map(
    before.map((relation) => {
      const moved = { ...relation, from: follow(relation.from), to: follow(relation.to) };
      return [relationKey(moved), moved];
    }),
  );
  const afterByKey = new Map(after.map((relation) => [relationKey(relation), relation]));
  const changed: BlueprintDiff['relations']['changed'] = [];
  for (const [key, afterRelation] of afterByKey) {
    const beforeRelation = beforeByKey.get(key);
    if (!beforeRelation) continue;
    const changes = propertyChanges(beforeRelation, afterRelation, RELATION_PROPERTIES);
    if (changes.length > 0) changed.push({ key, changes });
  }
  return {
    added: sortedBy(
      after.filter((relation) => !beforeByKey.has(relationKey(relation))),
      relationKey,
    ),
    // Reported as written in the older version, so a reader can find them there.
    removed: sortedBy(
      before.filter((relation) => {
        const key = `${follow(relation.from)}.${relation.name}`;
        return !afterByKey.has(key);
      }),
      relationKey,
    ),
    changed: sortedBy(changed, (change) => change.key),
  };
}
