import { step, alterTable } from './migration-step.js';
import { archivedName, byName, describeTable, type PlanContext } from './plan-context.js';
import { quoted } from './postgres-names.js';
import { columnDefinition, type SchemaSpec, type TableSpec } from './schema-spec.js';

export interface TableChanges {
  removed: TableSpec[];
  added: TableSpec[];
  /** Present in both, as [older, newer]. */
  kept: [TableSpec, TableSpec][];
}

export function compareTables(from: SchemaSpec, to: SchemaSpec): TableChanges {
  const fromByName = byName(from.tables);
  const toByName = byName(to.tables);
  return {
    removed: from.tables.filter((table) => !toByName.has(table.name)),
    added: to.tables.filter((table) => !fromByName.has(table.name)),
    kept: to.tables.flatMap((table): [TableSpec, TableSpec][] => {
      const older = fromByName.get(table.name);
      return older ? [[older, table]] : [];
    }),
  };
}

/**
 * A table that left the Blueprint: its foreign keys go (so it no longer blocks deleting live
 * records); then, unless data loss was allowed, it is kept under an archived name with its rows.
 */
export function removeTables(tables: readonly TableSpec[], context: PlanContext): void {
  for (const table of tables) {
    for (const constraint of table.constraints.filter((candidate) => candidate.kind === 'foreign-key')) {
      context.steps.push(
        step(
          'drop-constraint',
          table.name,
          constraint.name,
          alterTable(table.name, `DROP CONSTRAINT ${quoted(constraint.name)}`),
        ),
      );
    }
  }
  for (const table of tables) {
    if (context.allowDataLoss) {
      context.steps.push(step('drop-table', table.name, undefined, `DROP TABLE ${quoted(table.name)};`));
      context.warnings.push(
        `${describeTable(table)} is no longer in the Blueprint: it is dropped with its rows.`,
      );
    } else {
      const archived = archivedName(context, table.name);
      context.steps.push(
        step(
          'archive-table',
          table.name,
          archived,
          alterTable(table.name, `RENAME TO ${quoted(archived)}`),
          table.name,
        ),
      );
      context.warnings.push(
        `${describeTable(table)} is no longer in the Blueprint: its rows are kept in the table ${archived}; drop it by hand once nothing needs them.`,
      );
    }
  }
}

/** New tables with their columns, keys, unique and check constraints; foreign keys come later, once every table exists. */
export function createTables(tables: readonly TableSpec[], context: PlanContext): void {
  for (const table of tables) {
    const lines = [
      ...table.columns.map(columnDefinition),
      ...table.constraints
        .filter((constraint) => constraint.kind !== 'foreign-key')
        .map((constraint) => `CONSTRAINT ${quoted(constraint.name)} ${constraint.definition}`),
    ];
    const sql = `CREATE TABLE ${quoted(table.name)} (\n${lines.map((line) => `  ${line}`).join(',\n')}\n);`;
    context.steps.push(step('create-table', table.name, undefined, sql));
  }
}

export function addTableForeignKeysAndIndexes(tables: readonly TableSpec[], context: PlanContext): void {
  for (const table of tables) {
    for (const constraint of table.constraints.filter((candidate) => candidate.kind === 'foreign-key')) {
      context.steps.push(
        step(
          'add-constraint',
          table.name,
          constraint.name,
          alterTable(table.name, `ADD CONSTRAINT ${quoted(constraint.name)} ${constraint.definition}`),
        ),
      );
    }
    for (const index of table.indexes) {
      context.steps.push(
        step(
          'create-index',
          table.name,
          index.name,
          `CREATE INDEX ${quoted(index.name)} ON ${quoted(table.name)} (${index.columns.map(quoted).join(', ')});`,
        ),
      );
    }
  }
}
