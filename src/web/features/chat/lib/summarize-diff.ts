import type { BlueprintDiff } from '../../../../contracts/index.js';

/** One line of a compact diff: a translated label key and the names it concerns. */
export interface DiffLine {
  label:
    | 'entitiesAdded'
    | 'entitiesRemoved'
    | 'entitiesRenamed'
    | 'entitiesChanged'
    | 'relations'
    | 'roles'
    | 'settings';
  /** Names, with a sign where the line mixes additions and removals (`+ Prescription.patient`). */
  items: string[];
}

/**
 * Shrinks a Blueprint diff to what a chat turn has room for: which entities came, went or changed, and
 * which relations, roles and settings moved. The Blueprint tab shows the full side-by-side diff.
 */
export function summarizeDiff(diff: BlueprintDiff): DiffLine[] {
  const lines: DiffLine[] = [
    { label: 'entitiesAdded', items: diff.entities.added.map((entity) => entity.name) },
    { label: 'entitiesRemoved', items: diff.entities.removed.map((entity) => entity.name) },
    {
      label: 'entitiesRenamed',
      items: diff.entities.renamed.map((rename) => `${rename.from} → ${rename.to}`),
    },
    {
      label: 'entitiesChanged',
      items: diff.entities.changed.map((change) => {
        const fields = change.fields;
        const parts = [
          ...fields.added.map((field) => `+${field.name}`),
          ...fields.removed.map((field) => `−${field.name}`),
          ...fields.renamed.map((rename) => `${rename.from}→${rename.to}`),
          ...fields.changed.map((field) => `~${field.name}`),
        ];
        return parts.length > 0 ? `${change.name} (${parts.join(', ')})` : change.name;
      }),
    },
    {
      label: 'relations',
      items: [
        ...diff.relations.added.map((relation) => `+ ${relation.from}.${relation.name}`),
        ...diff.relations.removed.map((relation) => `− ${relation.from}.${relation.name}`),
        ...diff.relations.changed.map((relation) => `~ ${relation.key}`),
      ],
    },
    {
      label: 'roles',
      items: [
        ...diff.roles.added.map((role) => `+ ${role.name}`),
        ...diff.roles.removed.map((role) => `− ${role.name}`),
        ...diff.roles.changed.map((role) => `~ ${role.name}`),
      ],
    },
    { label: 'settings', items: [...new Set(diff.settings.map((change) => change.path.split('.')[0]!))] },
  ];
  return lines.filter((line) => line.items.length > 0);
}
