/**
 * Test support: the records each generated platform creates on PostgreSQL, chosen to cover what the
 * node-postgres driver returns differently from PGlite: numerics as strings, dates, timestamps with an
 * offset, JSON, files, relations and links, and fields encrypted at rest.
 * @module
 */
import { clinicBlueprint } from '../../blueprint/examples/clinic.js';
import type { BlueprintInput } from '../../contracts/index.js';
import { bookshopBlueprint } from '../test-fixtures/bookshop.js';

export type Json = Record<string, unknown>;

export interface RecordStep {
  /** How later steps refer to this record's id. */
  key: string;
  resource: string;
  body: (ids: Record<string, string>) => Json;
  /** What the API gives back where it normalises the body (money scale, UTC timestamps, file metadata). */
  returned?: Json;
  update: Json;
}

export interface PostgresScenario {
  label: string;
  blueprint: BlueprintInput;
  /** Created in order; the last one is deleted again, the others must survive a restart. */
  records: RecordStep[];
  /** A record with a field encrypted at rest: its table row must not hold the plaintext. */
  encrypted: { key: string; table: string; plaintext: string };
}

export const postgresScenarios: PostgresScenario[] = [
  {
    label: 'clinic',
    blueprint: clinicBlueprint,
    records: [
      {
        key: 'patient',
        resource: 'patients',
        body: () => ({
          fullName: 'Zainab Haddad',
          nationalId: '1098765432',
          birthDate: '1990-02-28',
          medicalHistory: 'Asthma since 2012',
        }),
        update: { medicalHistory: 'Asthma since 2012; penicillin allergy' },
      },
      {
        key: 'doctor',
        resource: 'doctors',
        body: () => ({ fullName: 'Omar Saleh', specialty: 'cardiology', email: 'omar@clinic.example' }),
        update: { specialty: 'general' },
      },
      {
        key: 'appointment',
        resource: 'appointments',
        body: (ids) => ({
          scheduledAt: '2026-03-01T09:30:00+03:00',
          fee: '150.5',
          notes: 'First visit',
          patientId: ids.patient,
          doctorId: ids.doctor,
        }),
        returned: { scheduledAt: '2026-03-01T06:30:00.000Z', fee: '150.50' },
        update: { status: 'completed', fee: '99.99' },
      },
    ],
    encrypted: { key: 'patient', table: 'patients', plaintext: 'Asthma' },
  },
  {
    label: 'bookshop',
    blueprint: bookshopBlueprint,
    records: [
      {
        key: 'author',
        resource: 'authors',
        body: () => ({ name: 'Ngozi Okafor', website: 'https://okafor.example/' }),
        update: { biography: 'Novelist from Enugu.' },
      },
      {
        key: 'genre',
        resource: 'genres',
        body: () => ({ title: 'Historical fiction' }),
        update: { title: 'Historical novels' },
      },
      {
        key: 'customer',
        resource: 'customers',
        body: () => ({ fullName: 'Inês Duarte', email: 'ines@example.pt', cardNumber: '4111111111111111' }),
        update: { cardNumber: '5500000000000004' },
      },
      {
        key: 'book',
        resource: 'books',
        body: (ids) => ({
          title: 'The River Between',
          price: '12.5',
          weightKg: '0.45',
          stock: 7,
          inPrint: true,
          publishedOn: '2024-12-31',
          details: { tags: ['novel'], pages: 312, signed: false },
          cover: { name: 'cover.txt', contentType: 'text/plain', size: 5, dataBase64: 'aGVsbG8=' },
          authorId: ids.author,
          genreIds: [ids.genre],
        }),
        returned: { price: '12.50', cover: { name: 'cover.txt', contentType: 'text/plain', size: 5 } },
        update: { price: '1234567.89', stock: 0, details: { tags: [], pages: 320 }, genreIds: [] },
      },
      {
        key: 'order',
        resource: 'orders',
        body: (ids) => ({
          reference: 'ORD-PG-1',
          placedAt: '2026-01-15T23:45:00-05:00',
          total: '12.50',
          customerId: ids.customer,
        }),
        returned: { placedAt: '2026-01-16T04:45:00.000Z' },
        update: { status: 'paid' },
      },
    ],
    encrypted: { key: 'customer', table: 'customers', plaintext: '4111111111111111' },
  },
];
