import { step, alterTable, type MigrationStep } from './migration-step.js';
import { quoted } from './postgres-names.js';
import type { SchemaSpec } from './schema-spec.js';

function pairs<T>(before: readonly T[], after: readonly T[], what: string): [T, T][] {
  if (before.length !== after.length) {
    throw new Error(`planRenames: ${what} differ in number; a rename changed more than names`);
  }
  return before.map((item, index) => [item, after[index] as T]);
}

/**
 * The renames between an older schema and the same schema under the newer names (see
 * `withRenamesApplied`): both are built the same way from the same Blueprint shape, so the n-th table,
 * column, constraint and index of one is the n-th of the other. Tables first, so later steps name
 * each table by its newer name.
 */
export function planRenames(before: SchemaSpec, renamed: SchemaSpec): MigrationStep[] {
  const tables = pairs(before.tables, renamed.tables, 'tables');
  const steps: MigrationStep[] = [];
  for (const [old, next] of tables) {
    if (old.name !== next.name) {
      steps.push(
        step(
          'rename-table',
          next.name,
          next.name,
          alterTable(old.name, `RENAME TO ${quoted(next.name)}`),
          old.name,
        ),
      );
    }
  }
  for (const [old, next] of tables) {
    for (const [oldColumn, column] of pairs(old.columns, next.columns, `columns of ${old.name}`)) {
      if (oldColumn.name === column.name) continue;
      steps.push(
        step(
          'rename-column',
          next.name,
          column.name,
          alterTable(next.name, `RENAME COLUMN ${quoted(oldColumn.name)} TO ${quoted(column.name)}`),
          oldColumn.name,
        ),
      );
    }
  }
  for (const [old, next] of tables) {
    for (const [oldConstraint, constraint] of pairs(
      old.constraints,
      next.constraints,
      `constraints of ${old.name}`,
    )) {
      if (oldConstraint.name === constraint.name) continue;
      steps.push(
        step(
          'rename-constraint',
          next.name,
          constraint.name,
          alterTable(
            next.name,
            `RENAME CONSTRAINT ${quoted(oldConstraint.name)} TO ${quoted(constraint.name)}`,
          ),
          oldConstraint.name,
        ),
      );
    }
    for (const [oldIndex, index] of pairs(old.indexes, next.indexes, `indexes of ${old.name}`)) {
      if (oldIndex.name === index.name) continue;
      steps.push(
        step(
          'rename-index',
          next.name,
          index.name,
          `ALTER INDEX ${quoted(oldIndex.name)} RENAME TO ${quoted(index.name)};`,
          oldIndex.name,
        ),
      );
    }
  }
  return steps;
}
