import type { BlueprintDiff } from '../../contracts/index.js';

/** Bounds the generated API checks but the database does not (see sql-migration's column types). */
const API_ONLY_BOUNDS = new Set(['min', 'max', 'minLength']);

/** Changed bounds apply to new writes only: existing rows are not checked against them. */
export function validationWarnings(diff: BlueprintDiff): string[] {
  return diff.entities.changed.flatMap((entity) =>
    [
      ...entity.fields.changed,
      ...entity.fields.renamed.map((rename) => ({ name: rename.to, changes: rename.changes })),
    ]
      .filter((field) => field.changes.some((change) => API_ONLY_BOUNDS.has(change.path)))
      .map(
        (field) =>
          `${entity.name}.${field.name}: changed bounds (${field.changes
            .filter((change) => API_ONLY_BOUNDS.has(change.path))
            .map((change) => change.path)
            .join(', ')}) are checked by the API on new writes; rows already stored are not re-checked.`,
      ),
  );
}
