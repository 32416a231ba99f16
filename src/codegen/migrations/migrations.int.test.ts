import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../kernel/index.js';
import { generateCodebase } from '../index.js';
import type { Blueprint } from '../../contracts/index.js';
import { generateMigration } from './index.js';
import { CLINIC_TABLES, CLINIC_V1_ROWS, expectedAfter, readTable } from './testing/clinic-data.js';
import { clinicV1, evolutions, revise, entityOf } from './testing/clinic-evolutions.js';
import {
  createScratchDatabase,
  schemaSnapshot,
  scratchKinds,
  type ScratchDatabase,
} from './testing/scratch-database.js';

function initialSql(blueprint: Blueprint): string {
  const file = generateCodebase(blueprint).files.find(
    (candidate) => candidate.path === 'drizzle/0000_initial.sql',
  );
  if (!file) throw new Error('no initial migration');
  return file.content;
}

const v1Sql = initialSql(clinicV1);

describe.each(scratchKinds())('migrating a clinic database with v1 data (%s)', (kind) => {
  const open: ScratchDatabase[] = [];
  const database = async (script: string) => {
    const created = await createScratchDatabase(kind);
    open.push(created);
    await created.runScript(script);
    return created;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((item) => item.close()));
  });

  it.each(evolutions)(
    '$label: keeps the data and ends with the schema v2 would create',
    async ({ after, hints, allowDataLoss }) => {
      const migration = generateMigration(clinicV1, after, { hints, allowDataLoss });
      const migrated = await database(`${v1Sql}\n${CLINIC_V1_ROWS}`);
      const before = Object.fromEntries(
        await Promise.all(
          CLINIC_TABLES.map(async (table) => [table, await readTable(migrated, table)] as const),
        ),
      );

      await migrated.runScript(migration.sql);

      for (const table of CLINIC_TABLES) {
        const expected = expectedAfter(migration, table, before[table] ?? []);
        const rows = await readTable(migrated, expected.table);
        expect(rows.length, expected.table).toBe(expected.rows.length);
        rows.forEach((row, index) => expect(row).toMatchObject(expected.rows[index] ?? {}));
      }
      const fresh = await database(initialSql(after));
      expect(await schemaSnapshot(migrated)).toEqual(await schemaSnapshot(fresh));
    },
  );

  it('fills existing rows with the default of a new required field', async () => {
    const after = evolutions.find((evolution) => evolution.label.startsWith('add required'))?.after;
    const migrated = await database(`${v1Sql}\n${CLINIC_V1_ROWS}`);
    await migrated.runScript(generateMigration(clinicV1, after ?? clinicV1).sql);
    expect(await migrated.query('select preferred_language from patients')).toEqual([
      { preferred_language: 'ar' },
      { preferred_language: 'ar' },
    ]);
    expect(await migrated.query('select active from doctors')).toEqual([{ active: true }]);
  });

  it('keeps a dropped field under its archived name, and new rows still insert', async () => {
    const after = revise((draft) => {
      const patient = entityOf(draft, 'Patient');
      patient.fields = patient.fields.filter((field) => field.name !== 'nationalId');
    });
    const migration = generateMigration(clinicV1, after, { archiveTag: 'v2' });
    const migrated = await database(`${v1Sql}\n${CLINIC_V1_ROWS}`);
    await migrated.runScript(migration.sql);
    expect(await migrated.query('select _dropped_v2_national_id as kept from patients order by id')).toEqual([
      { kept: '1098765432' },
      { kept: '1098765433' },
    ]);
    await migrated.query(`insert into patients (full_name) values ('New patient')`);
    expect(migration.warnings.join('\n')).toMatch(
      /Patient\.nationalId .* kept in the column patients\._dropped_v2_national_id/,
    );
  });

  it('stops, names the data to fix and changes nothing when v1 data breaks a new rule', async () => {
    const after = evolutions.find((evolution) => evolution.label === 'change constraints')?.after;
    const migration = generateMigration(clinicV1, after ?? clinicV1);
    const migrated = await database(
      `${v1Sql}\n${CLINIC_V1_ROWS}\nupdate appointments set fee = null where id = '00000000-0000-4000-8000-0000000000e2';`,
    );
    const failure = await migrated.runScript(migration.sql).then(
      () => undefined,
      (error: unknown) => error as Error & { hint?: string },
    );
    expect(failure?.message).toBe(
      'Appointment.fee is now required, but some rows of appointments have no value.',
    );
    expect(failure?.hint).toMatch(/give the field a default, or keep it optional/);
    // The transaction rolled back: the old email uniqueness and full_name length are still in place.
    const fresh = await database(v1Sql);
    expect(await schemaSnapshot(migrated)).toEqual(await schemaSnapshot(fresh));
  });

  it('refuses, before any SQL runs, a new required field without a default', () => {
    const after = revise((draft) => {
      entityOf(draft, 'Doctor').fields.push({
        name: 'licenseNumber',
        label: { en: 'License number', ar: 'رقم الترخيص' },
        type: 'string',
        required: true,
        unique: false,
        dataClass: 'none',
      });
    });
    let caught: unknown;
    try {
      generateMigration(clinicV1, after);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught)).toBe(true);
    expect((caught as Error).message).toMatch(
      /Doctor\.licenseNumber is new and required but has no default.*give it a default, or make it optional/,
    );
  });
});
