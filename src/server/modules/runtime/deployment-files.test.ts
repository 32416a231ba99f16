import { describe, expect, it } from 'vitest';
import { clinicBlueprint } from '../../../blueprint/examples/clinic.js';
import { Blueprint, type RenameHints } from '../../../contracts/index.js';
import { deploymentFiles } from './deployment-files.js';

const v1 = Blueprint.parse(clinicBlueprint);
const HISTORY = [{ path: 'drizzle/0000_init.sql', content: '-- the first schema' }];
const NO_RENAMES: RenameHints = { entities: [], fields: [] };

type Fields = Blueprint['entities'][number]['fields'];

/** v1 with Patient's fields changed by `edit` (parsed again, so a new field gets its defaults). */
function withPatientFields(edit: (fields: Fields) => unknown[]): Blueprint {
  return Blueprint.parse({
    ...v1,
    entities: v1.entities.map((entity) =>
      entity.name === 'Patient' ? { ...entity, fields: edit(entity.fields) } : entity,
    ),
  });
}

const stepTo = (after: Blueprint, renames = NO_RENAMES) =>
  deploymentFiles([], after, { blueprint: v1, migrations: HISTORY, renames });

describe('deploymentFiles', () => {
  it('lets the versions run side by side when the step only adds an optional field', () => {
    const after = withPatientFields((fields) => [
      ...fields,
      { name: 'bloodGroup', label: { en: 'Blood group', ar: 'فصيلة الدم' }, type: 'string' },
    ]);
    const files = stepTo(after);
    expect(files.migrations.map((file) => file.path)).toEqual([
      'drizzle/0000_init.sql',
      expect.stringMatching(/^drizzle\/0001_/),
    ]);
    expect(files.sideBySide).toBe(true);
  });

  it('hands over when the old version could no longer work on the migrated schema', () => {
    const renamed = withPatientFields((fields) =>
      fields.map((field) => (field.name === 'phone' ? { ...field, name: 'mobile' } : field)),
    );
    expect(
      stepTo(renamed, { entities: [], fields: [{ entity: 'Patient', from: 'phone', to: 'mobile' }] })
        .sideBySide,
    ).toBe(false);
    const required = withPatientFields((fields) =>
      fields.map((field) => (field.name === 'phone' ? { ...field, required: true } : field)),
    );
    expect(stepTo(required).sideBySide).toBe(false);
    const removed = withPatientFields((fields) => fields.filter((field) => field.name !== 'medicalHistory'));
    expect(stepTo(removed).sideBySide).toBe(false);
  });

  it('runs side by side when nothing was deployed before, or the schema did not change', () => {
    expect(deploymentFiles([], v1, null).sideBySide).toBe(true);
    expect(stepTo(v1).sideBySide).toBe(true);
  });
});
