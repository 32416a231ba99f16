/**
 * Test support: the example clinic Blueprint (v1) and revisions of it (v2), each one kind of change a
 * migration must carry out on a database that already holds v1 data.
 * @module
 */
import { validateBlueprint } from '../../../blueprint/index.js';
import { clinicBlueprint } from '../../../blueprint/examples/clinic.js';
import type { Blueprint, Entity, RenameHints } from '../../../contracts/index.js';

export function valid(input: unknown): Blueprint {
  const result = validateBlueprint(input);
  if (!result.ok) throw new Error(`Test Blueprint is invalid: ${JSON.stringify(result.problems, null, 2)}`);
  return result.blueprint;
}

export const clinicV1: Blueprint = valid(clinicBlueprint);

/** A validated copy of v1 with `change` applied. */
export function revise(change: (draft: Blueprint) => void): Blueprint {
  const draft = structuredClone(clinicV1);
  change(draft);
  return valid(draft);
}

export function entityOf(blueprint: Blueprint, name: string): Entity {
  const entity = blueprint.entities.find((candidate) => candidate.name === name);
  if (!entity) throw new Error(`no entity ${name}`);
  return entity;
}

export interface Evolution {
  label: string;
  after: Blueprint;
  hints?: RenameHints;
  allowDataLoss?: boolean;
}

const addInvoice = revise((draft) => {
  draft.entities.push({
    name: 'Invoice',
    label: { en: 'Invoice', ar: 'فاتورة' },
    pluralLabel: { en: 'Invoices', ar: 'الفواتير' },
    displayField: 'number',
    fields: [
      {
        name: 'number',
        label: { en: 'Number', ar: 'الرقم' },
        type: 'string',
        required: true,
        unique: true,
        maxLength: 20,
        dataClass: 'none',
      },
      {
        name: 'amount',
        label: { en: 'Amount', ar: 'المبلغ' },
        type: 'money',
        required: true,
        unique: false,
        currency: 'SAR',
        min: 0,
        dataClass: 'none',
      },
      {
        name: 'state',
        label: { en: 'State', ar: 'الحالة' },
        type: 'enum',
        required: true,
        unique: false,
        default: 'open',
        values: [{ value: 'open' }, { value: 'paid' }],
        dataClass: 'none',
      },
    ],
  });
  draft.relations.push({
    name: 'patient',
    kind: 'belongs-to',
    from: 'Invoice',
    to: 'Patient',
    required: true,
    onDelete: 'cascade',
  });
  draft.relations.push({
    name: 'appointments',
    kind: 'many-to-many',
    from: 'Invoice',
    to: 'Appointment',
    required: false,
    onDelete: 'restrict',
  });
  draft.roles[0]?.permissions.push({
    entity: 'Invoice',
    actions: ['create', 'read', 'update', 'delete'],
    scope: 'all',
  });
});

const addRequiredWithDefault = revise((draft) => {
  entityOf(draft, 'Patient').fields.push({
    name: 'preferredLanguage',
    label: { en: 'Preferred language', ar: 'اللغة المفضلة' },
    type: 'enum',
    required: true,
    unique: false,
    default: 'ar',
    values: [{ value: 'ar' }, { value: 'en' }],
    dataClass: 'none',
  });
  entityOf(draft, 'Doctor').fields.push({
    name: 'active',
    label: { en: 'Active', ar: 'نشط' },
    type: 'boolean',
    required: true,
    unique: false,
    default: true,
    dataClass: 'none',
  });
});

const renameFieldAndEntity = revise((draft) => {
  const phone = entityOf(draft, 'Patient').fields.find((field) => field.name === 'phone');
  if (phone) phone.name = 'mobile';
  const prescription = entityOf(draft, 'Prescription');
  prescription.name = 'MedicationOrder';
  for (const relation of draft.relations)
    if (relation.from === 'Prescription') relation.from = 'MedicationOrder';
  for (const role of draft.roles) {
    for (const permission of role.permissions) {
      if (permission.entity === 'Prescription') permission.entity = 'MedicationOrder';
    }
  }
  for (const page of draft.pages) if (page.entity === 'Prescription') page.entity = 'MedicationOrder';
});

const dropFields = (draft: Blueprint) => {
  const patient = entityOf(draft, 'Patient');
  patient.fields = patient.fields.filter((field) => field.name !== 'birthDate');
  const doctor = entityOf(draft, 'Doctor');
  doctor.fields = doctor.fields.filter((field) => field.name !== 'email');
};

const addRelations = revise((draft) => {
  draft.relations.push({
    name: 'primaryDoctor',
    kind: 'belongs-to',
    from: 'Patient',
    to: 'Doctor',
    inverseName: 'primaryPatients',
    required: false,
    onDelete: 'set-null',
  });
  draft.relations.push({
    name: 'followUps',
    kind: 'many-to-many',
    from: 'Doctor',
    to: 'Appointment',
    inverseName: 'followingDoctors',
    required: false,
    onDelete: 'restrict',
  });
});

const changeConstraints = revise((draft) => {
  const doctor = entityOf(draft, 'Doctor');
  for (const field of doctor.fields) {
    if (field.name === 'email') field.unique = false;
    if (field.name === 'fullName') field.maxLength = 120;
  }
  const appointment = entityOf(draft, 'Appointment');
  for (const field of appointment.fields) {
    if (field.name === 'status')
      field.values = [{ value: 'booked' }, { value: 'completed' }, { value: 'no_show' }];
    if (field.name === 'fee') {
      field.required = true;
      field.min = 10;
    }
  }
  const patient = entityOf(draft, 'Patient');
  for (const field of patient.fields) if (field.name === 'phone') field.unique = true;
  for (const relation of draft.relations) if (relation.name === 'doctor') relation.onDelete = 'cascade';
});

export const evolutions: Evolution[] = [
  { label: 'add an entity with relations', after: addInvoice },
  { label: 'add required fields with defaults', after: addRequiredWithDefault },
  {
    label: 'rename a field and an entity by hint',
    after: renameFieldAndEntity,
    hints: {
      entities: [{ from: 'Prescription', to: 'MedicationOrder' }],
      fields: [{ entity: 'Patient', from: 'phone', to: 'mobile' }],
    },
  },
  { label: 'drop fields, archived', after: revise(dropFields) },
  { label: 'drop fields, data loss allowed', after: revise(dropFields), allowDataLoss: true },
  { label: 'add relations', after: addRelations },
  { label: 'change constraints', after: changeConstraints },
];
