/**
 * Test support: v1 clinic rows inserted through SQL, and a way to read them back after a migration
 * under whatever names the migration gave their tables and columns.
 * @module
 */
import type { Migration } from '../index.js';
import type { ScratchDatabase } from './scratch-database.js';

export const CLINIC_TABLES = ['patients', 'doctors', 'appointments', 'prescriptions'] as const;

export const CLINIC_V1_ROWS = `
insert into users (id, email, name, password_hash, roles)
  values ('00000000-0000-4000-8000-000000000001', 'admin@city-clinic.local', 'Admin', 'not-a-real-hash', '{admin}');
insert into patients (id, full_name, national_id, birth_date, phone, medical_history, created_by) values
  ('00000000-0000-4000-8000-0000000000a1', 'Noura Al-Qahtani', '1098765432', '1990-04-12', '+966500000001', 'ciphertext-1', '00000000-0000-4000-8000-000000000001'),
  ('00000000-0000-4000-8000-0000000000a2', 'Faisal Al-Harbi', '1098765433', null, '+966500000002', null, null);
insert into doctors (id, full_name, specialty, email) values
  ('00000000-0000-4000-8000-0000000000d1', 'Dr. Sara Al-Mutairi', 'cardiology', 'sara@city-clinic.sa');
insert into appointments (id, scheduled_at, status, fee, notes, patient_id, doctor_id) values
  ('00000000-0000-4000-8000-0000000000e1', '2026-01-05T09:00:00Z', 'booked', 150, null, '00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000d1'),
  ('00000000-0000-4000-8000-0000000000e2', '2026-01-06T10:30:00Z', 'completed', 200.5, 'ciphertext-2', '00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000d1');
insert into prescriptions (id, medication, dosage, refills, appointment_id) values
  ('00000000-0000-4000-8000-0000000000f1', 'ciphertext-3', null, 2, '00000000-0000-4000-8000-0000000000e1');
`;

export type Rows = Record<string, unknown>[];

export async function readTable(database: ScratchDatabase, table: string): Promise<Rows> {
  return database.query<Record<string, unknown>>(`select * from "${table}" order by id`);
}

/**
 * The rows of a v1 table as the migrated database should hold them: renamed tables and columns
 * followed, columns dropped with data loss left out, archived columns under their archived names.
 */
export function expectedAfter(
  migration: Migration,
  table: string,
  rows: Rows,
): { table: string; rows: Rows } {
  const renamedTable = migration.steps.find(
    (step) => (step.kind === 'rename-table' || step.kind === 'archive-table') && step.previous === table,
  );
  const newTable = renamedTable?.subject ?? table;
  const columnName = (column: string): string | undefined => {
    const moved = migration.steps.find(
      (step) =>
        (step.kind === 'rename-column' || step.kind === 'archive-column') &&
        step.table === newTable &&
        step.previous === column,
    );
    if (moved) return moved.subject;
    const dropped = migration.steps.some(
      (step) => step.kind === 'drop-column' && step.table === newTable && step.subject === column,
    );
    return dropped ? undefined : column;
  };
  return {
    table: newTable,
    rows: rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).flatMap(([column, value]) => {
          const name = columnName(column);
          return name === undefined ? [] : [[name, value]];
        }),
      ),
    ),
  };
}
