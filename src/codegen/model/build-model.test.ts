import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../blueprint/index.js';
import { clinicBlueprint } from '../../blueprint/examples/clinic.js';
import type { Blueprint, BlueprintInput } from '../../contracts/index.js';
import { bookshopBlueprint } from '../test-fixtures/bookshop.js';
import { buildModel, entityNamed } from './index.js';

function valid(input: BlueprintInput): Blueprint {
  const result = validateBlueprint(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.blueprint;
}

describe('buildModel', () => {
  const clinic = buildModel(valid(clinicBlueprint));
  const bookshop = buildModel(valid(bookshopBlueprint));

  it('names each entity in every case the templates need', () => {
    expect(entityNamed(clinic, 'Appointment').names).toEqual({
      pascal: 'Appointment',
      camel: 'appointment',
      kebab: 'appointment',
      pluralPascal: 'Appointments',
      pluralCamel: 'appointments',
      pluralKebab: 'appointments',
      table: 'appointments',
    });
  });

  it('puts a belongs-to foreign key on the from side and a related list on the other', () => {
    const appointment = entityNamed(clinic, 'Appointment');
    expect(
      appointment.foreignKeys.map((key) => [key.field, key.column, key.onDelete, key.constraint]),
    ).toEqual([
      ['patientId', 'patient_id', 'cascade', 'appointments_patient_id_fkey'],
      ['doctorId', 'doctor_id', 'restrict', 'appointments_doctor_id_fkey'],
    ]);
    expect(entityNamed(clinic, 'Patient').relatedLists).toEqual([
      {
        name: 'appointments',
        segment: 'appointments',
        target: 'Appointment',
        via: { kind: 'foreign-key', foreignKeyField: 'patientId' },
      },
    ]);
  });

  it('records which foreign keys block deleting a record', () => {
    expect(entityNamed(clinic, 'Doctor').restrictedBy).toEqual([
      { constraint: 'appointments_doctor_id_fkey', entity: 'Appointment' },
    ]);
    expect(entityNamed(clinic, 'Patient').restrictedBy).toEqual([]);
  });

  it('puts a has-many foreign key on the to side, named after the inverse', () => {
    const order = entityNamed(bookshop, 'Order');
    expect(order.foreignKeys.map((key) => [key.field, key.target, key.required])).toEqual([
      ['customerId', 'Customer', true],
    ]);
    expect(entityNamed(bookshop, 'Customer').relatedLists.map((list) => list.segment)).toEqual(['orders']);
  });

  it('makes has-one a unique foreign key on the from side and set-null a nullable one', () => {
    const [key] = entityNamed(bookshop, 'Customer').foreignKeys;
    expect(key).toMatchObject({ field: 'wishlistId', unique: true, required: false, onDelete: 'set-null' });
    expect(entityNamed(bookshop, 'Wishlist').relatedLists.map((list) => list.segment)).toEqual(['owner']);
  });

  it('gives many-to-many a join table reachable from both sides', () => {
    expect(bookshop.joinTables).toEqual([
      {
        table: 'books_genres',
        exportName: 'booksGenres',
        ownerEntity: 'Book',
        ownerColumn: 'book_id',
        targetEntity: 'Genre',
        targetColumn: 'genre_id',
      },
    ]);
    expect(entityNamed(bookshop, 'Book').manyToMany.map((link) => link.field)).toEqual(['genreIds']);
    expect(entityNamed(bookshop, 'Genre').relatedLists.map((list) => [list.segment, list.via.kind])).toEqual([
      ['books', 'join-table'],
    ]);
  });

  it('resolves inherited permissions, the broader scope winning', () => {
    const admin = clinic.roles.find((role) => role.name === 'admin');
    const receptionist = clinic.roles.find((role) => role.name === 'receptionist');
    // admin inherits doctor, which inherits receptionist (update own) and grants update to all.
    expect(admin?.permissions.appointments).toEqual({
      create: 'all',
      read: 'all',
      update: 'all',
      delete: 'all',
    });
    expect(receptionist?.permissions.appointments).toEqual({
      create: 'all',
      read: 'all',
      update: 'own',
      delete: null,
    });
    expect(receptionist?.permissions.prescriptions).toEqual({
      create: null,
      read: null,
      update: null,
      delete: null,
    });
  });

  it('encrypts health, payment-card and secret fields and keeps them out of search and filters', () => {
    const customer = entityNamed(bookshop, 'Customer');
    const flags = customer.fields.map((field) => [
      field.name,
      field.encrypted,
      field.searchable,
      field.filterable,
    ]);
    expect(flags).toEqual([
      ['fullName', false, true, true],
      ['email', false, true, true],
      ['phone', false, true, true],
      ['cardNumber', true, false, false],
      ['loyaltyCode', true, false, false],
    ]);
    expect(clinic.hasEncryptedFields).toBe(true);
  });

  it('knows the first user role and whether data-subject rights apply', () => {
    expect(clinic.administratorRole).toBe('admin');
    expect(bookshop.administratorRole).toBe('manager');
    expect(clinic.dataSubjectRights).toBe(true);
  });
});
