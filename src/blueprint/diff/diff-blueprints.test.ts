import { describe, expect, it } from 'vitest';
import { Blueprint, type Entity, type RenameHints } from '../../contracts/index.js';
import { clinicBlueprint } from '../examples/clinic.js';
import { diffBlueprints } from './diff-blueprints.js';

const clinic = (): Blueprint => Blueprint.parse(structuredClone(clinicBlueprint));
const NO_HINTS: RenameHints = { entities: [], fields: [] };

/** Diffs the clinic example against a copy changed by `change`. */
function diffAfter(change: (blueprint: Blueprint) => void, hints: RenameHints = NO_HINTS) {
  const after = clinic();
  change(after);
  return diffBlueprints(clinic(), after, hints);
}

const invoice: Entity = {
  name: 'Invoice',
  label: { en: 'Invoice', ar: 'فاتورة' },
  pluralLabel: { en: 'Invoices', ar: 'الفواتير' },
  fields: [
    {
      name: 'total',
      label: { en: 'Total', ar: 'المجموع' },
      type: 'money',
      required: true,
      unique: false,
      dataClass: 'none',
    },
  ],
};

describe('diffBlueprints', () => {
  it('finds nothing between identical versions', () => {
    const diff = diffBlueprints(clinic(), clinic());
    expect(diff.empty).toBe(true);
    expect(diff.entities.changed).toEqual([]);
    expect(diff.settings).toEqual([]);
  });

  it('reports an added and a removed entity', () => {
    const added = diffAfter((b) => b.entities.push(invoice));
    expect(added.entities.added.map((entity) => entity.name)).toEqual(['Invoice']);
    expect(added.empty).toBe(false);
    const removed = diffAfter((b) => {
      b.entities = b.entities.filter((entity) => entity.name !== 'Prescription');
    });
    expect(removed.entities.removed.map((entity) => entity.name)).toEqual(['Prescription']);
    expect(removed.entities.added).toEqual([]);
  });

  it('reports added and dropped fields', () => {
    const diff = diffAfter((b) => {
      const patient = b.entities[0]!;
      patient.fields = patient.fields.filter((field) => field.name !== 'medicalHistory');
      patient.fields.push({ ...invoice.fields[0]!, name: 'balance' });
    });
    const [patient] = diff.entities.changed;
    expect(patient?.name).toBe('Patient');
    expect(patient?.fields.added.map((field) => field.name)).toEqual(['balance']);
    expect(patient?.fields.removed.map((field) => field.name)).toEqual(['medicalHistory']);
    expect(patient?.fields.renamed).toEqual([]);
  });

  it('reports per-property field changes as JSON values', () => {
    const diff = diffAfter((b) => {
      const patient = b.entities[0]!;
      patient.fields[2]!.required = true;
      patient.fields[0]!.maxLength = 120;
      patient.fields[3]!.maxLength = 20;
      b.entities[2]!.fields[1]!.values!.push({ value: 'no_show' });
    });
    expect(diff.entities.changed.map((entity) => entity.name)).toEqual(['Appointment', 'Patient']);
    expect(diff.entities.changed[1]?.fields.changed).toEqual([
      { name: 'birthDate', changes: [{ path: 'required', before: false, after: true }] },
      { name: 'fullName', changes: [{ path: 'maxLength', before: 200, after: 120 }] },
      { name: 'phone', changes: [{ path: 'maxLength', before: null, after: 20 }] },
    ]);
    const status = diff.entities.changed[0]?.fields.changed[0];
    expect(status?.changes[0]?.path).toBe('values');
    expect(status?.changes[0]?.after).toEqual([
      { value: 'booked' },
      { value: 'completed' },
      { value: 'cancelled' },
      { value: 'no_show' },
    ]);
  });

  it('reports entity-level property changes', () => {
    const diff = diffAfter((b) => {
      b.entities[1]!.displayField = 'email';
      b.entities[1]!.description = 'Doctors of the clinic';
    });
    expect(diff.entities.changed[0]?.changes).toEqual([
      { path: 'description', before: null, after: 'Doctors of the clinic' },
      { path: 'displayField', before: 'fullName', after: 'email' },
    ]);
  });

  it('renames a field by hint, with its other changes', () => {
    const diff = diffAfter(
      (b) => {
        const phone = b.entities[0]!.fields[3]!;
        phone.name = 'mobile';
        phone.label = { en: 'Mobile', ar: 'الجوال' };
        phone.required = true;
      },
      { entities: [], fields: [{ entity: 'Patient', from: 'phone', to: 'mobile' }] },
    );
    const fields = diff.entities.changed[0]?.fields;
    expect(fields?.added).toEqual([]);
    expect(fields?.removed).toEqual([]);
    expect(fields?.renamed).toEqual([
      {
        from: 'phone',
        to: 'mobile',
        detectedBy: 'hint',
        changes: [
          { path: 'label', before: { en: 'Phone', ar: 'الهاتف' }, after: { en: 'Mobile', ar: 'الجوال' } },
          { path: 'required', before: false, after: true },
        ],
      },
    ]);
  });

  it('infers a rename when exactly one field went and one came, equal but for name and label', () => {
    const diff = diffAfter((b) => {
      const phone = b.entities[0]!.fields[3]!;
      phone.name = 'mobile';
      phone.label = { en: 'Mobile', ar: 'الجوال' };
    });
    const renamed = diff.entities.changed[0]?.fields.renamed;
    expect(renamed?.map(({ from, to, detectedBy }) => ({ from, to, detectedBy }))).toEqual([
      { from: 'phone', to: 'mobile', detectedBy: 'inferred' },
    ]);
  });

  it('does not infer a rename when the storage differs or the match is ambiguous', () => {
    const typeChanged = diffAfter((b) => {
      const phone = b.entities[0]!.fields[3]!;
      phone.name = 'mobile';
      phone.type = 'string';
    });
    expect(typeChanged.entities.changed[0]?.fields.renamed).toEqual([]);
    expect(typeChanged.entities.changed[0]?.fields.added.map((field) => field.name)).toEqual(['mobile']);

    const ambiguous = diffAfter((b) => {
      const doctor = b.entities[1]!;
      doctor.fields.push({ ...doctor.fields[0]!, name: 'nickname' });
      doctor.fields[0]!.name = 'displayName';
      doctor.displayField = 'displayName';
    });
    const fields = ambiguous.entities.changed[0]?.fields;
    expect(fields?.renamed).toEqual([]);
    expect(fields?.added.map((field) => field.name)).toEqual(['displayName', 'nickname']);
    expect(fields?.removed.map((field) => field.name)).toEqual(['fullName']);
  });

  it('renames an entity by hint and its relations follow', () => {
    const diff = diffAfter(
      (b) => {
        b.entities[0]!.name = 'Client';
        b.entities[0]!.fields.push({ ...invoice.fields[0]!, name: 'balance' });
        for (const relation of b.relations) if (relation.to === 'Patient') relation.to = 'Client';
        for (const role of b.roles) {
          for (const permission of role.permissions)
            if (permission.entity === 'Patient') permission.entity = 'Client';
        }
      },
      { entities: [{ from: 'Patient', to: 'Client' }], fields: [] },
    );
    expect(diff.entities.renamed).toEqual([{ from: 'Patient', to: 'Client', detectedBy: 'hint' }]);
    expect(diff.entities.added).toEqual([]);
    expect(diff.entities.removed).toEqual([]);
    expect(diff.entities.changed.map((entity) => entity.name)).toEqual(['Client']);
    expect(diff.relations).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.roles.changed).toEqual([]);
  });

  it('infers an entity rename when its fields are identical, and re-keys relations from it', () => {
    const diff = diffAfter((b) => {
      b.entities[2]!.name = 'Visit';
      for (const relation of b.relations) {
        if (relation.from === 'Appointment') relation.from = 'Visit';
        if (relation.to === 'Appointment') relation.to = 'Visit';
      }
      b.relations[0]!.onDelete = 'restrict';
    });
    expect(diff.entities.renamed).toEqual([{ from: 'Appointment', to: 'Visit', detectedBy: 'inferred' }]);
    expect(diff.relations.changed).toEqual([
      { key: 'Visit.patient', changes: [{ path: 'onDelete', before: 'cascade', after: 'restrict' }] },
    ]);
    expect(diff.relations.added).toEqual([]);
  });

  it('reports relations added, removed and changed, keyed from.name', () => {
    const diff = diffAfter((b) => {
      b.relations[1]!.onDelete = 'cascade';
      b.relations.splice(2, 1);
      b.relations.push({
        name: 'usualDoctor',
        kind: 'belongs-to',
        from: 'Patient',
        to: 'Doctor',
        required: false,
        onDelete: 'set-null',
      });
    });
    expect(diff.relations.changed).toEqual([
      { key: 'Appointment.doctor', changes: [{ path: 'onDelete', before: 'restrict', after: 'cascade' }] },
    ]);
    expect(diff.relations.removed.map((relation) => `${relation.from}.${relation.name}`)).toEqual([
      'Prescription.appointment',
    ]);
    expect(diff.relations.added.map((relation) => `${relation.from}.${relation.name}`)).toEqual([
      'Patient.usualDoctor',
    ]);
  });

  it('reports role permission changes, ignoring order', () => {
    const reordered = diffAfter((b) => b.roles[2]!.permissions.reverse());
    expect(reordered.empty).toBe(true);
    const diff = diffAfter((b) => {
      b.roles[2]!.permissions[1]!.actions = ['read', 'update'];
      b.roles.push({
        name: 'nurse',
        label: { en: 'Nurse', ar: 'ممرض' },
        administrator: false,
        inherits: [],
        permissions: [],
      });
    });
    expect(diff.roles.added.map((role) => role.name)).toEqual(['nurse']);
    expect(diff.roles.changed.map((role) => [role.name, role.changes.map((change) => change.path)])).toEqual([
      ['receptionist', ['permissions']],
    ]);
  });

  it('reports settings: compliance added and residency changed', () => {
    const diff = diffAfter((b) => {
      b.compliance.push('GDPR');
      b.deployment.dataResidency = 'EU';
    });
    expect(diff.settings).toEqual([
      {
        path: 'compliance',
        before: ['HIPAA', 'NCA-ECC', 'PDPL'],
        after: ['GDPR', 'HIPAA', 'NCA-ECC', 'PDPL'],
      },
      { path: 'deployment.dataResidency', before: 'SA', after: 'EU' },
    ]);
    expect(diff.entities.changed).toEqual([]);
    expect(diff.empty).toBe(false);
  });

  it('ignores a hint that does not describe what happened', () => {
    const diff = diffAfter((b) => b.entities.push(invoice), {
      entities: [{ from: 'Patient', to: 'Invoice' }],
      fields: [],
    });
    expect(diff.entities.renamed).toEqual([]);
    expect(diff.entities.added.map((entity) => entity.name)).toEqual(['Invoice']);
  });

  it('produces plain JSON', () => {
    const diff = diffAfter((b) => {
      b.entities[0]!.fields[2]!.required = true;
    });
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});
