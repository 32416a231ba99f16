import { alterTable, guard, step } from './migration-step.js';
import { archivedName, byName, describeColumn, type PlanContext } from './plan-context.js';
import { quoted } from './postgres-names.js';
import { columnDefinition, type ColumnSpec, type TableSpec } from './schema-spec.js';

type TablePair = readonly [TableSpec, TableSpec];

/** Columns gone from a kept table: archived (renamed, made nullable) unless data loss was allowed. */
export function removeColumns(kept: readonly TablePair[], context: PlanContext): void {
  for (const [older, newer] of kept) {
    const remaining = byName(newer.columns);
    for (const column of older.columns.filter((candidate) => !remaining.has(candidate.name))) {
      const what = describeColumn(older, column);
      if (context.allowDataLoss) {
        context.steps.push(
          step(
            'drop-column',
            newer.name,
            column.name,
            alterTable(newer.name, `DROP COLUMN ${quoted(column.name)}`),
          ),
        );
        context.warnings.push(
          `${what} is no longer in the Blueprint: the column ${newer.name}.${column.name} is dropped with its values.`,
        );
        continue;
      }
      const archived = archivedName(context, column.name);
      // New rows must still insert without it: an archived column may hold only the old values.
      const relax = [
        ...(column.notNull ? [alterTable(newer.name, `ALTER COLUMN ${quoted(archived)} DROP NOT NULL`)] : []),
        ...(column.default !== undefined
          ? [alterTable(newer.name, `ALTER COLUMN ${quoted(archived)} DROP DEFAULT`)]
          : []),
      ];
      const sql = [
        alterTable(newer.name, `RENAME COLUMN ${quoted(column.name)} TO ${quoted(archived)}`),
        ...relax,
      ].join('\n');
      context.steps.push(step('archive-column', newer.name, archived, sql, column.name));
      context.warnings.push(
        `${what} is no longer in the Blueprint: its values are kept in the column ${newer.name}.${archived}; drop it by hand once nothing needs them.`,
      );
    }
  }
}

/**
 * New columns of a kept table. A required field needs a default to fill the rows already there; a
 * required relation cannot have one, so its column is added empty and made NOT NULL only when the
 * table has no rows (checked when the migration runs).
 */
export function addColumns(kept: readonly TablePair[], context: PlanContext): void {
  for (const [older, newer] of kept) {
    const existing = byName(older.columns);
    for (const column of newer.columns.filter((candidate) => !existing.has(candidate.name))) {
      const what = describeColumn(newer, column);
      const fillable = !column.notNull || column.default !== undefined;
      if (fillable) {
        context.steps.push(
          step(
            'add-column',
            newer.name,
            column.name,
            alterTable(newer.name, `ADD COLUMN ${columnDefinition(column)}`),
          ),
        );
        continue;
      }
      if (column.origin.kind === 'field') {
        context.refusals.push(
          `${what} is new and required but has no default, so the rows already in ${newer.name} would have no value: give it a default, or make it optional.`,
        );
        continue;
      }
      const sql = [
        alterTable(newer.name, `ADD COLUMN ${columnDefinition({ ...column, notNull: false })}`),
        guard(
          `EXISTS (SELECT 1 FROM ${quoted(newer.name)})`,
          `${what} is new and required, but ${newer.name} already has rows that do not name one.`,
          `Make the relation optional in the Blueprint, let this version fill it in, then make it required in the next version.`,
        ),
        alterTable(newer.name, `ALTER COLUMN ${quoted(column.name)} SET NOT NULL`),
      ].join('\n');
      context.steps.push(step('add-column', newer.name, column.name, sql));
      context.warnings.push(
        `${what} is new and required: the migration stops if ${newer.name} already has rows.`,
      );
    }
  }
}

function varcharLength(type: string): number | undefined {
  const match = /^varchar\((\d+)\)$/.exec(type);
  return match ? Number(match[1]) : undefined;
}

function encryptionChanged(older: ColumnSpec, newer: ColumnSpec): boolean {
  return (
    older.origin.kind === 'field' &&
    newer.origin.kind === 'field' &&
    older.origin.field.encrypted !== newer.origin.field.encrypted
  );
}

/** Type, default and NULL-ability of columns in both versions, in the order that keeps each step valid. */
export function alterColumns(kept: readonly TablePair[], context: PlanContext): void {
  for (const [older, newer] of kept) {
    const previous = byName(older.columns);
    for (const column of newer.columns) {
      const before = previous.get(column.name);
      if (!before) continue;
      const what = describeColumn(newer, column);
      if (encryptionChanged(before, column)) {
        context.refusals.push(
          `${what} changes between encrypted and plain (its data class), which needs every stored value rewritten with the key; SQL cannot do that: add a new field with the new data class and copy the values over through the API, or keep the data class.`,
        );
        continue;
      }
      const sql: string[] = [];
      const alter = (action: string) =>
        sql.push(alterTable(newer.name, `ALTER COLUMN ${quoted(column.name)} ${action}`));
      const typeChanged = before.type !== column.type;
      if (typeChanged) {
        if (before.default !== undefined) alter('DROP DEFAULT');
        const length = varcharLength(column.type);
        if (length !== undefined) {
          sql.push(
            guard(
              `EXISTS (SELECT 1 FROM ${quoted(newer.name)} WHERE char_length(${quoted(column.name)}) > ${length})`,
              `${what} may now hold at most ${length} characters, but some rows of ${newer.name} hold longer values.`,
              'Shorten those values first, or keep the longer maximum length.',
            ),
          );
        }
        alter(`TYPE ${column.type} USING ${quoted(column.name)}::${column.type}`);
        context.warnings.push(
          `${what} changes type from ${before.type} to ${column.type}: existing values are converted, and the migration stops if one cannot be.`,
        );
      }
      if (column.default !== undefined && (typeChanged || column.default !== before.default)) {
        alter(`SET DEFAULT ${column.default}`);
      } else if (column.default === undefined && before.default !== undefined && !typeChanged) {
        alter('DROP DEFAULT');
      }
      if (column.notNull && !before.notNull) {
        if (column.default !== undefined) {
          // The default is what a missing value means from now on, so existing gaps take it.
          sql.push(
            `UPDATE ${quoted(newer.name)} SET ${quoted(column.name)} = ${column.default} WHERE ${quoted(column.name)} IS NULL;`,
          );
        } else {
          sql.push(
            guard(
              `EXISTS (SELECT 1 FROM ${quoted(newer.name)} WHERE ${quoted(column.name)} IS NULL)`,
              `${what} is now required, but some rows of ${newer.name} have no value.`,
              'Fill in those values first, give the field a default, or keep it optional.',
            ),
          );
        }
        alter('SET NOT NULL');
      } else if (!column.notNull && before.notNull) {
        alter('DROP NOT NULL');
      }
      if (sql.length > 0) context.steps.push(step('alter-column', newer.name, column.name, sql.join('\n')));
    }
  }
}
