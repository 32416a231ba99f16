import type { MigrationStep } from './migration-step.js';
import { truncated } from './postgres-names.js';
import type { ColumnSpec, TableSpec } from './schema-spec.js';

/** What the planners share while they walk two schemas: the options, and what they found. */
export interface PlanContext {
  allowDataLoss: boolean;
  /** Part of the name a removed table or column is kept under, e.g. `_dropped_3f2a9c01_phone`. */
  archiveTag: string;
  steps: MigrationStep[];
  warnings: string[];
  /** Changes SQL alone cannot make safely; any refusal stops the whole migration. */
  refusals: string[];
}

export function archivedName(context: PlanContext, name: string): string {
  return truncated(`_dropped_${context.archiveTag}_${name}`);
}

/** `Patient.fullName`, `Appointment.patient`, or `patients.full_name` for columns of no field. */
export function describeColumn(table: TableSpec, column: ColumnSpec): string {
  const { origin } = column;
  if (origin.kind === 'field') return `${origin.entity}.${origin.field.name}`;
  if (origin.kind === 'relation') return `${origin.entity}.${origin.relation}`;
  return `${table.name}.${column.name}`;
}

export function describeTable(table: TableSpec): string {
  return table.entity ? `${table.entity} (table ${table.name})` : `table ${table.name}`;
}

export function byName<T extends { name: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.name, item]));
}
