import { alterTable, guard, step } from './migration-step.js';
import { byName, type PlanContext } from './plan-context.js';
import { quoted } from './postgres-names.js';
import type { ConstraintSpec, IndexSpec, TableSpec } from './schema-spec.js';

type TablePair = readonly [TableSpec, TableSpec];

const sameConstraint = (a: ConstraintSpec, b: ConstraintSpec | undefined): boolean =>
  b !== undefined && a.definition === b.definition;
const sameIndex = (a: IndexSpec, b: IndexSpec | undefined): boolean =>
  b !== undefined && a.columns.join(',') === b.columns.join(',');

/** Constraints and indexes of kept tables that are gone or changed: dropped before columns change. */
export function dropChangedConstraints(kept: readonly TablePair[], context: PlanContext): void {
  for (const [older, newer] of kept) {
    const wanted = byName(newer.constraints);
    for (const constraint of older.constraints) {
      if (sameConstraint(constraint, wanted.get(constraint.name))) continue;
      context.steps.push(
        step(
          'drop-constraint',
          newer.name,
          constraint.name,
          alterTable(newer.name, `DROP CONSTRAINT ${quoted(constraint.name)}`),
        ),
      );
    }
    const wantedIndexes = byName(newer.indexes);
    for (const index of older.indexes) {
      if (sameIndex(index, wantedIndexes.get(index.name))) continue;
      context.steps.push(step('drop-index', newer.name, index.name, `DROP INDEX ${quoted(index.name)};`));
    }
  }
}

/** The data that would make adding the constraint fail, as a SQL condition; foreign keys need none (new ones start empty). */
function violation(table: string, constraint: ConstraintSpec): string | undefined {
  const from = quoted(table);
  if (constraint.kind === 'unique') {
    const columns = constraint.columns.map(quoted).join(', ');
    return `EXISTS (SELECT 1 FROM ${from} WHERE ${constraint.columns.map((column) => `${quoted(column)} IS NOT NULL`).join(' AND ')} GROUP BY ${columns} HAVING count(*) > 1)`;
  }
  if (constraint.kind === 'check')
    return `EXISTS (SELECT 1 FROM ${from} WHERE NOT ${constraint.definition.slice('CHECK '.length)})`;
  return undefined;
}

function violationMessage(table: string, constraint: ConstraintSpec): [string, string] {
  const columns = constraint.columns.join(', ');
  return constraint.kind === 'unique'
    ? [
        `${table}.${columns} must now be unique, but some rows share a value.`,
        'Make those values distinct first, or keep the field not unique.',
      ]
    : [
        `${table}.${columns} now allows fewer values, but some rows hold one no longer allowed.`,
        'Change those rows to an allowed value first, or keep the value in the Blueprint.',
      ];
}

/** Constraints and indexes of kept tables that are new or changed, each guarded by a check of the data already there. */
export function addChangedConstraints(kept: readonly TablePair[], context: PlanContext): void {
  for (const [older, newer] of kept) {
    const existing = byName(older.constraints);
    const olderColumns = new Set(older.columns.map((column) => column.name));
    for (const constraint of newer.constraints) {
      if (sameConstraint(constraint, existing.get(constraint.name))) continue;
      // A column added by this migration holds only its default, which validation already checked.
      const onOldData = constraint.columns.some((column) => olderColumns.has(column));
      const condition = onOldData ? violation(newer.name, constraint) : undefined;
      const add = alterTable(
        newer.name,
        `ADD CONSTRAINT ${quoted(constraint.name)} ${constraint.definition}`,
      );
      const sql = condition
        ? `${guard(condition, ...violationMessage(newer.name, constraint))}\n${add}`
        : add;
      context.steps.push(step('add-constraint', newer.name, constraint.name, sql));
    }
    const existingIndexes = byName(older.indexes);
    for (const index of newer.indexes) {
      if (sameIndex(index, existingIndexes.get(index.name))) continue;
      context.steps.push(
        step(
          'create-index',
          newer.name,
          index.name,
          `CREATE INDEX ${quoted(index.name)} ON ${quoted(newer.name)} (${index.columns.map(quoted).join(', ')});`,
        ),
      );
    }
  }
}
