import type { RenameHints } from '../../../contracts/index.js';

type EntityRename = RenameHints['entities'][number];
type FieldRename = RenameHints['fields'][number];

/**
 * The rename hints that hold between two versions, composed from those recorded with each version after
 * the older one up to the newer one: `Patient → Client` then `Client → Customer` is `Patient → Customer`.
 * As in `diffBlueprints`, a field hint names its entity as it is called in the version diffed *to*, so
 * diffing backwards turns the renames around and names entities as the older version does.
 */
export function renamesBetween(
  versions: readonly { version: number; renames: RenameHints }[],
  from: number,
  to: number,
): RenameHints {
  const [low, high] = from <= to ? [from, to] : [to, from];
  const steps = versions
    .filter((entry) => entry.version > low && entry.version <= high)
    .sort((a, b) => a.version - b.version)
    .map((entry) => entry.renames);
  const forward = compose(steps);
  return from <= to ? forward : invert(forward);
}

function compose(steps: readonly RenameHints[]): RenameHints {
  const entities: EntityRename[] = [];
  const fields: FieldRename[] = [];
  for (const step of steps) {
    for (const hint of step.entities) {
      const chained = entities.find((entity) => entity.to === hint.from);
      if (chained) chained.to = hint.to;
      else entities.push({ ...hint });
      for (const field of fields) if (field.entity === hint.from) field.entity = hint.to;
    }
    for (const hint of step.fields) {
      const chained = fields.find((field) => field.entity === hint.entity && field.to === hint.from);
      if (chained) chained.to = hint.to;
      else fields.push({ ...hint });
    }
  }
  return {
    entities: entities.filter((entity) => entity.from !== entity.to),
    fields: fields.filter((field) => field.from !== field.to),
  };
}

function invert(renames: RenameHints): RenameHints {
  const olderName = (entity: string) => renames.entities.find((hint) => hint.to === entity)?.from ?? entity;
  return {
    entities: renames.entities.map((hint) => ({ from: hint.to, to: hint.from })),
    fields: renames.fields.map((hint) => ({ entity: olderName(hint.entity), from: hint.to, to: hint.from })),
  };
}
