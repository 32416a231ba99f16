import { describe, expect, it } from 'vitest';
import { isAppError } from '../../kernel/index.js';
import { generateCodebase } from '../index.js';
import { generateMigration, withMigration } from './index.js';
import { clinicV1, entityOf, evolutions, revise } from './testing/clinic-evolutions.js';

const evolution = (prefix: string) => {
  const found = evolutions.find((candidate) => candidate.label.startsWith(prefix));
  if (!found) throw new Error(`no evolution ${prefix}`);
  return found;
};

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return `${error.message}\nHint: ${error.hint ?? ''}`;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('generateMigration', () => {
  it('gives the same SQL for the same pair, and nothing to do for an unchanged schema', () => {
    const { after, hints } = evolution('rename');
    expect(generateMigration(clinicV1, after, { hints }).sql).toBe(
      generateMigration(clinicV1, after, { hints }).sql,
    );
    const relabelled = revise((draft) => {
      entityOf(draft, 'Patient').label = { en: 'Client', ar: 'عميل' };
    });
    const migration = generateMigration(clinicV1, relabelled);
    expect(migration.steps).toEqual([]);
    expect(migration.sql).toContain('-- The schema did not change.');
  });

  it('renames tables, columns, constraints and indexes when the diff says rename, before anything else', () => {
    const { after, hints } = evolution('rename');
    const migration = generateMigration(clinicV1, after, { hints });
    expect(migration.steps.map((step) => [step.kind, step.previous, step.subject])).toEqual([
      ['rename-table', 'prescriptions', 'medication_orders'],
      ['rename-column', 'phone', 'mobile'],
      ['rename-constraint', 'prescriptions_pkey', 'medication_orders_pkey'],
      ['rename-constraint', 'prescriptions_created_by_fkey', 'medication_orders_created_by_fkey'],
      ['rename-constraint', 'prescriptions_appointment_id_fkey', 'medication_orders_appointment_id_fkey'],
      ['rename-index', 'prescriptions_appointment_id_idx', 'medication_orders_appointment_id_idx'],
    ]);
    expect(migration.sql).toContain('ALTER TABLE "patients" RENAME COLUMN "phone" TO "mobile";');
  });

  it('infers an unambiguous rename without a hint; otherwise archives the old column and adds the new', () => {
    const { after } = evolution('rename');
    const inferred = generateMigration(clinicV1, after);
    expect(inferred.sql).toContain('ALTER TABLE "patients" RENAME COLUMN "phone" TO "mobile";');

    const renamedAndChanged = revise((draft) => {
      const phone = entityOf(draft, 'Patient').fields.find((field) => field.name === 'phone');
      if (phone) Object.assign(phone, { name: 'mobile', maxLength: 20 });
    });
    const guessed = generateMigration(clinicV1, renamedAndChanged, { archiveTag: 'v2' });
    expect(guessed.sql).toContain('ALTER TABLE "patients" RENAME COLUMN "phone" TO "_dropped_v2_phone";');
    expect(guessed.sql).toContain('ADD COLUMN "mobile" varchar(20);');
    expect(guessed.warnings.join('\n')).toMatch(/Patient\.phone is no longer in the Blueprint/);

    const hinted = generateMigration(clinicV1, renamedAndChanged, {
      hints: { entities: [], fields: [{ entity: 'Patient', from: 'phone', to: 'mobile' }] },
    });
    expect(hinted.sql).toContain('ALTER TABLE "patients" RENAME COLUMN "phone" TO "mobile";');
    expect(hinted.sql).toContain('ALTER COLUMN "mobile" TYPE varchar(20) USING "mobile"::varchar(20);');
  });

  it('drops only when data loss is allowed, and says so either way', () => {
    const archived = generateMigration(clinicV1, evolution('drop fields, archived').after, {
      archiveTag: 't',
    });
    expect(
      archived.steps.filter((step) => step.kind === 'archive-column').map((step) => step.subject),
    ).toEqual(['_dropped_t_birth_date', '_dropped_t_email']);
    expect(archived.sql).not.toMatch(/DROP COLUMN/);
    const dropped = generateMigration(clinicV1, evolution('drop fields, data loss').after, {
      allowDataLoss: true,
    });
    expect(dropped.sql).toContain('ALTER TABLE "patients" DROP COLUMN "birth_date";');
    expect(dropped.warnings.join('\n')).toMatch(/dropped with its values/);
  });

  it('archives a removed entity with its rows, and lets its parents be deleted', () => {
    const after = revise((draft) => {
      draft.entities = draft.entities.filter((entity) => entity.name !== 'Prescription');
      draft.relations = draft.relations.filter((relation) => relation.from !== 'Prescription');
      for (const role of draft.roles)
        role.permissions = role.permissions.filter((p) => p.entity !== 'Prescription');
      draft.pages = draft.pages.filter((page) => page.entity !== 'Prescription');
      draft.navigation = draft.navigation.filter((item) => item.page !== 'prescriptions');
    });
    const migration = generateMigration(clinicV1, after, { archiveTag: 'v2' });
    expect(migration.steps.map((step) => [step.kind, step.subject])).toEqual([
      ['drop-constraint', 'prescriptions_created_by_fkey'],
      ['drop-constraint', 'prescriptions_appointment_id_fkey'],
      ['archive-table', '_dropped_v2_prescriptions'],
    ]);
  });

  it('guards changes that depend on the data already stored', () => {
    const { sql } = generateMigration(clinicV1, evolution('change constraints').after);
    expect(sql).toMatch(
      /IF EXISTS \(SELECT 1 FROM "appointments" WHERE "fee" IS NULL\) THEN\s+RAISE EXCEPTION 'Appointment\.fee is now required/,
    );
    expect(sql).toMatch(/GROUP BY "phone" HAVING count\(\*\) > 1/);
    expect(sql).toMatch(/WHERE char_length\("full_name"\) > 120/);
    expect(sql).toContain(`CHECK ("status" IN ('booked', 'completed', 'no_show'))`);
  });

  it('fills gaps with the default when a field with a default becomes required', () => {
    const after = revise((draft) => {
      const phone = entityOf(draft, 'Patient').fields.find((field) => field.name === 'phone');
      if (phone) Object.assign(phone, { required: true, default: '+966000000000' });
    });
    expect(generateMigration(clinicV1, after).sql).toContain(
      `UPDATE "patients" SET "phone" = '+966000000000' WHERE "phone" IS NULL;\nALTER TABLE "patients" ALTER COLUMN "phone" SET NOT NULL;`,
    );
  });

  it('adds a new required relation to an existing table only when the table is empty', () => {
    const after = revise((draft) => {
      draft.relations.push({
        name: 'primaryDoctor',
        kind: 'belongs-to',
        from: 'Patient',
        to: 'Doctor',
        required: true,
        onDelete: 'restrict',
      });
    });
    const migration = generateMigration(clinicV1, after);
    expect(migration.sql).toMatch(
      /ADD COLUMN "primary_doctor_id" uuid;\s+DO \$\$\s+BEGIN\s+IF EXISTS \(SELECT 1 FROM "patients"\)/,
    );
    expect(migration.warnings).toContain(
      'Patient.primaryDoctor is new and required: the migration stops if patients already has rows.',
    );
  });

  it('refuses what SQL cannot do, listing every problem with what to change', () => {
    const after = revise((draft) => {
      const doctor = entityOf(draft, 'Doctor');
      doctor.fields.push({
        name: 'licence',
        label: { en: 'Licence', ar: 'الترخيص' },
        type: 'string',
        required: true,
        unique: false,
        dataClass: 'none',
      });
      const phone = entityOf(draft, 'Patient').fields.find((field) => field.name === 'phone');
      if (phone) phone.dataClass = 'secret';
    });
    const message = refusal(() => generateMigration(clinicV1, after));
    expect(message).toMatch(/\(2 problems\)/);
    expect(message).toMatch(
      /Doctor\.licence is new and required but has no default.*give it a default, or make it optional/,
    );
    expect(message).toMatch(/Patient\.phone changes between encrypted and plain/);
    expect(message).toMatch(/Hint: Change the newer Blueprint/);
  });
});

describe('withMigration', () => {
  const { after, hints } = evolution('rename');
  const older = generateCodebase(clinicV1);
  const newer = generateCodebase(after);
  const migration = generateMigration(clinicV1, after, { hints });
  const initialOf = (files: { path: string; content: string }[]) =>
    files.find((file) => file.path === 'drizzle/0000_initial.sql')?.content;

  it('keeps the older initial schema and numbers the migration after it', () => {
    const placed = withMigration(newer, older.files, migration);
    expect(placed.migrationPath).toBe('drizzle/0001_medication_orders_patients.sql');
    expect(initialOf(placed.files)).toBe(initialOf(older.files));
    expect(placed.files.filter((file) => file.path.startsWith('drizzle/')).map((file) => file.path)).toEqual([
      'drizzle/0000_initial.sql',
      'drizzle/0001_medication_orders_patients.sql',
    ]);
    expect(placed.contentHash).not.toBe(newer.contentHash);
  });

  it('adds nothing for a migration the history already holds, or an empty one', () => {
    const once = withMigration(newer, older.files, migration);
    const twice = withMigration(newer, once.files, migration);
    expect(twice.contentHash).toBe(once.contentHash);
    const nothing = withMigration(older, older.files, generateMigration(clinicV1, clinicV1));
    expect(nothing.migrationPath).toBeUndefined();
    expect(nothing.contentHash).toBe(older.contentHash);
  });
});
