import type { BlueprintDiff, Field, PropertyChange, Relation } from '../../../../contracts/index.js';

export type DiffChange = 'added' | 'removed' | 'renamed' | 'changed';
export type DiffItemKind = 'entity' | 'field' | 'relation' | 'role' | 'setting';

/** One line of the side-by-side diff: what changed, and how it read before and after. */
export interface DiffRow {
  id: string;
  change: DiffChange;
  kind: DiffItemKind;
  /** e.g. `Patient`, `Patient.phone`, `Appointment.patient`, `name`. */
  item: string;
  before: string;
  after: string;
}

const MAX_VALUE_LENGTH = 140;

function show(value: unknown): string {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

const fieldSummary = (field: Field) =>
  `${field.name}: ${field.type}${field.required ? ' (required)' : ''}${field.unique ? ' (unique)' : ''}`;
const relationSummary = (relation: Relation) => `${relation.from} ${relation.kind} ${relation.to}`;

function propertyRows(kind: DiffItemKind, item: string, changes: PropertyChange[]): DiffRow[] {
  return changes.map((change) => ({
    id: `${kind}:${item}:${change.path}`,
    change: 'changed',
    kind,
    item: change.path ? `${item} · ${change.path}` : item,
    before: show(change.before),
    after: show(change.after),
  }));
}

/** Flattens the server's structured diff into rows, in reading order: entities with their fields, then the rest. */
export function diffRows(diff: BlueprintDiff): DiffRow[] {
  const rows: DiffRow[] = [];
  const add = (row: Omit<DiffRow, 'id'>) =>
    rows.push({ id: `${row.kind}:${row.change}:${row.item}`, ...row });
  for (const entity of diff.entities.added) {
    add({
      change: 'added',
      kind: 'entity',
      item: entity.name,
      before: '',
      after: entity.fields.map((f) => f.name).join(', '),
    });
  }
  for (const entity of diff.entities.removed) {
    add({
      change: 'removed',
      kind: 'entity',
      item: entity.name,
      before: entity.fields.map((f) => f.name).join(', '),
      after: '',
    });
  }
  for (const rename of diff.entities.renamed) {
    add({ change: 'renamed', kind: 'entity', item: rename.to, before: rename.from, after: rename.to });
  }
  for (const entity of diff.entities.changed) {
    rows.push(...propertyRows('entity', entity.name, entity.changes));
    const { fields } = entity;
    for (const field of fields.added) {
      add({
        change: 'added',
        kind: 'field',
        item: `${entity.name}.${field.name}`,
        before: '',
        after: fieldSummary(field),
      });
    }
    for (const field of fields.removed) {
      add({
        change: 'removed',
        kind: 'field',
        item: `${entity.name}.${field.name}`,
        before: fieldSummary(field),
        after: '',
      });
    }
    for (const rename of fields.renamed) {
      add({
        change: 'renamed',
        kind: 'field',
        item: `${entity.name}.${rename.to}`,
        before: rename.from,
        after: rename.to,
      });
      rows.push(...propertyRows('field', `${entity.name}.${rename.to}`, rename.changes));
    }
    for (const field of fields.changed)
      rows.push(...propertyRows('field', `${entity.name}.${field.name}`, field.changes));
  }
  for (const relation of diff.relations.added) {
    add({
      change: 'added',
      kind: 'relation',
      item: `${relation.from}.${relation.name}`,
      before: '',
      after: relationSummary(relation),
    });
  }
  for (const relation of diff.relations.removed) {
    add({
      change: 'removed',
      kind: 'relation',
      item: `${relation.from}.${relation.name}`,
      before: relationSummary(relation),
      after: '',
    });
  }
  for (const relation of diff.relations.changed)
    rows.push(...propertyRows('relation', relation.key, relation.changes));
  for (const role of diff.roles.added)
    add({ change: 'added', kind: 'role', item: role.name, before: '', after: role.name });
  for (const role of diff.roles.removed)
    add({ change: 'removed', kind: 'role', item: role.name, before: role.name, after: '' });
  for (const role of diff.roles.changed) rows.push(...propertyRows('role', role.name, role.changes));
  rows.push(
    ...propertyRows('setting', '', diff.settings).map((row) => ({
      ...row,
      item: row.item.replace(/^ · /, ''),
    })),
  );
  return rows;
}
