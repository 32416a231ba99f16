/**
 * One statement (or guarded group of statements) of a migration, and the SQL text of each kind.
 * @module
 */
import { quoted, sqlText } from './postgres-names.js';

export type MigrationStepKind =
  | 'rename-table'
  | 'rename-column'
  | 'rename-constraint'
  | 'rename-index'
  | 'drop-constraint'
  | 'drop-index'
  | 'archive-table'
  | 'drop-table'
  | 'archive-column'
  | 'drop-column'
  | 'create-table'
  | 'add-column'
  | 'alter-column'
  | 'add-constraint'
  | 'create-index';

export interface MigrationStep {
  kind: MigrationStepKind;
  /** The table as it is named when the step runs (for a table rename, its new name). */
  table: string;
  /** The column, constraint or index the step is about; for renames and archives, the new name. */
  subject: string | undefined;
  /** For renames and archives: the name the table, column, constraint or index had before. */
  previous: string | undefined;
  /** One or more complete statements, each ending with `;`. */
  sql: string;
}

export function step(
  kind: MigrationStepKind,
  table: string,
  subject: string | undefined,
  sql: string,
  previous?: string,
): MigrationStep {
  return { kind, table, subject, previous, sql };
}

/**
 * Stops the migration (and rolls back its transaction) with a message and a hint when `condition`,
 * a SQL boolean expression, holds: PostgreSQL's own error for the statement that follows would name
 * a constraint, not the data a person has to fix.
 */
export function guard(condition: string, message: string, hint: string): string {
  return [
    'DO $$',
    'BEGIN',
    `  IF ${condition} THEN`,
    `    RAISE EXCEPTION ${sqlText(message)} USING HINT = ${sqlText(hint)};`,
    '  END IF;',
    'END $$;',
  ].join('\n');
}

export function alterTable(table: string, action: string): string {
  return `ALTER TABLE ${quoted(table)} ${action};`;
}
