/**
 * What changed in one entity's fields: added, removed, renamed (by hint or unambiguous inference)
 * and changed, each change per property.
 * @module
 */
import { type Entity, type Field, type FieldsDiff, Field as FieldSchema } from '../../contracts/index.js';
import { propertyChanges, sameJson, sortedBy } from './json-values.js';
import { matchRenames } from './renames.js';

type FieldKey = keyof Field;

/** Every property but the name, in the order the contract declares them. */
const FIELD_PROPERTIES = Object.keys(FieldSchema.shape).filter((key) => key !== 'name') as FieldKey[];

/** Properties that decide what a column holds; a rename may change only the others. */
const NAMING_PROPERTIES: ReadonlySet<string> = new Set(['label', 'description']);
const STORAGE_PROPERTIES = FIELD_PROPERTIES.filter((key) => !NAMING_PROPERTIES.has(key));

export function fieldsEqualApartFromName(before: Field, after: Field): boolean {
  return STORAGE_PROPERTIES.every((key) => sameJson(before[key], after[key]));
}

export function diffFields(
  before: Entity,
  after: Entity,
  hints: readonly { from: string; to: string }[],
): FieldsDiff {
  const beforeByName = new Map(before.fields.map((field) => [field.name, field]));
  const afterByName = new Map(after.fields.map((field) => [field.name, field]));
  const fieldIn = (fields: Map<string, Field>, name: string): Field => {
    const field = fields.get(name);
    if (!field) throw new Error(`diffFields: no field ${name}`);
    return field;
  };
  const match = matchRenames([...beforeByName.keys()], [...afterByName.keys()], hints, (from, to) =>
    fieldsEqualApartFromName(fieldIn(beforeByName, from), fieldIn(afterByName, to)),
  );
  const changed: FieldsDiff['changed'] = [];
  for (const [name, afterField] of afterByName) {
    const beforeField = beforeByName.get(name);
    if (!beforeField) continue;
    const changes = propertyChanges(beforeField, afterField, FIELD_PROPERTIES);
    if (changes.length > 0) changed.push({ name, changes });
  }
  return {
    added: match.added.map((name) => fieldIn(afterByName, name)),
    removed: match.removed.map((name) => fieldIn(beforeByName, name)),
    renamed: match.renames.map((rename) => ({
      ...rename,
      changes: propertyChanges(
        fieldIn(beforeByName, rename.from),
        fieldIn(afterByName, rename.to),
        FIELD_PROPERTIES,
      ),
    })),
    changed: sortedBy(changed, (change) => change.name),
  };
}

export const isFieldsDiffEmpty = (diff: FieldsDiff): boolean =>
  diff.added.length + diff.removed.length + diff.renamed.length + diff.changed.length === 0;
