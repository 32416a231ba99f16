import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../blueprint/index.js';
import { entityOf, fieldOf, importFixture, messagesOf } from '../test-support.js';

describe.each(['clinic.jdl', 'bookstore.jdl', 'university.jdl', 'shop-application.jdl'])('%s', (fileName) => {
  it('imports as a Blueprint that passes validateBlueprint', () => {
    const result = importFixture(fileName);
    expect(result.format).toBe('jdl');
    expect(validateBlueprint(result.blueprint)).toMatchObject({ ok: true });
  });
});

describe('JDL import: the clinic', () => {
  const { blueprint, notes } = importFixture('clinic.jdl');

  it('names the Blueprint after the file, in English, with a guessed domain', () => {
    expect(blueprint).toMatchObject({
      schemaVersion: 1,
      name: 'Clinic',
      slug: 'clinic',
      domain: 'healthcare',
      locales: ['en'],
      defaultLocale: 'en',
    });
  });

  it('turns /** doc */ comments into descriptions and humanizes labels', () => {
    const patient = entityOf(blueprint, 'Patient');
    expect(patient).toMatchObject({
      description: 'A person who visits the clinic.',
      label: { en: 'Patient' },
      pluralLabel: { en: 'Patients' },
    });
    expect(fieldOf(blueprint, 'Patient', 'fullName')).toMatchObject({
      description: 'Full name as on the national ID.',
      label: { en: 'Full name' },
      required: true,
      maxLength: 200,
      dataClass: 'personal',
    });
  });

  it('maps validations and guesses types and data classes from names', () => {
    expect(fieldOf(blueprint, 'Patient', 'nationalId')).toMatchObject({
      type: 'string',
      required: true,
      unique: true,
      minLength: 10,
      maxLength: 10,
      dataClass: 'personal',
    });
    expect(fieldOf(blueprint, 'Patient', 'email')).toMatchObject({ type: 'email', dataClass: 'personal' });
    expect(fieldOf(blueprint, 'Patient', 'phone')).toMatchObject({ type: 'phone', dataClass: 'personal' });
    expect(fieldOf(blueprint, 'Patient', 'medicalHistory')).toMatchObject({
      type: 'text',
      dataClass: 'health',
    });
    expect(fieldOf(blueprint, 'Appointment', 'fee')).toMatchObject({ type: 'money', min: 0 });
  });

  it('maps an enum to lower snake case values with humanized labels', () => {
    expect(fieldOf(blueprint, 'Doctor', 'specialty')).toMatchObject({
      type: 'enum',
      required: true,
      values: [
        { value: 'general_practice', label: { en: 'General practice' } },
        { value: 'cardiology', label: { en: 'Cardiology' } },
        { value: 'pediatrics', label: { en: 'Pediatrics' } },
      ],
    });
  });

  it('maps ManyToOne to belongs-to with names, inverse names (written or derived), required and display fields', () => {
    expect(blueprint.relations).toEqual([
      {
        name: 'patient',
        kind: 'belongs-to',
        from: 'Appointment',
        to: 'Patient',
        inverseName: 'appointments',
        required: true,
        onDelete: 'restrict',
      },
      {
        name: 'doctor',
        kind: 'belongs-to',
        from: 'Appointment',
        to: 'Doctor',
        inverseName: 'appointments',
        required: true,
        onDelete: 'restrict',
      },
    ]);
    expect(entityOf(blueprint, 'Patient').displayField).toBe('fullName');
    expect(entityOf(blueprint, 'Doctor').displayField).toBe('fullName');
  });

  it('adds an administrator with every permission, a reader, and a list page per entity', () => {
    const names = ['Patient', 'Doctor', 'Appointment'];
    expect(blueprint.roles).toEqual([
      {
        name: 'admin',
        label: { en: 'Administrator' },
        administrator: true,
        inherits: [],
        permissions: names.map((entity) => ({
          entity,
          actions: ['create', 'read', 'update', 'delete'],
          scope: 'all',
        })),
      },
      {
        name: 'user',
        label: { en: 'User' },
        administrator: false,
        inherits: [],
        permissions: names.map((entity) => ({ entity, actions: ['read'], scope: 'all' })),
      },
    ]);
    expect(blueprint.pages.map((page) => [page.name, page.kind, page.entity, page.path])).toEqual([
      ['patients', 'entity-list', 'Patient', '/patients'],
      ['doctors', 'entity-list', 'Doctor', '/doctors'],
      ['appointments', 'entity-list', 'Appointment', '/appointments'],
    ]);
    expect(blueprint.navigation.map((item) => item.page)).toEqual(['patients', 'doctors', 'appointments']);
  });

  it('notes the table name and the duration at their lines', () => {
    expect(notes).toContainEqual({
      severity: 'info',
      message: expect.stringContaining('table name `clinic_patient`'),
      line: 4,
      column: 1,
    });
    expect(notes).toContainEqual({
      severity: 'warning',
      message: expect.stringContaining('`Appointment.duration` is a Duration'),
      line: 28,
      column: 12,
    });
    expect(fieldOf(blueprint, 'Appointment', 'duration').type).toBe('string');
  });
});

describe('JDL import: the bookstore (types, constants, enums, validations)', () => {
  const result = importFixture('bookstore.jdl');
  const { blueprint } = result;

  it.each([
    ['title', 'text'],
    ['isbn', 'string'],
    ['summary', 'text'],
    ['pages', 'integer'],
    ['copiesSold', 'integer'],
    ['price', 'money'],
    ['weight', 'decimal'],
    ['rating', 'decimal'],
    ['score', 'decimal'],
    ['inPrint', 'boolean'],
    ['publishedOn', 'date'],
    ['addedAt', 'datetime'],
    ['updatedOn', 'datetime'],
    ['readingTime', 'string'],
    ['externalId', 'string'],
    ['manuscript', 'file'],
    ['sample', 'file'],
    ['cover', 'file'],
    ['blurb', 'text'],
    ['format', 'enum'],
  ])('maps Book.%s to %s', (name, type) => {
    expect(fieldOf(blueprint, 'Book', name).type).toBe(type);
  });

  it('resolves constants in validations', () => {
    expect(fieldOf(blueprint, 'Book', 'title')).toMatchObject({ maxLength: 300, required: true });
    expect(fieldOf(blueprint, 'Book', 'pages')).toMatchObject({ min: 1, max: 5000 });
    expect(fieldOf(blueprint, 'Book', 'rating')).toMatchObject({ min: 0, max: 5 });
  });

  it('uses identifier-like custom enum values as values and text-like ones as labels', () => {
    expect(fieldOf(blueprint, 'Book', 'format').values).toEqual([
      { value: 'hardcover', label: { en: 'Hardcover' } },
      { value: 'paperback', label: { en: 'Paper back' } },
      { value: 'ebook', label: { en: 'E book' } },
    ]);
    expect(fieldOf(blueprint, 'Book', 'language').values?.[1]).toEqual({
      value: 'arabic',
      label: { en: 'العربية' },
    });
  });

  it('reports the pattern and the byte limits it does not carry over, at their lines', () => {
    const warnings = result.notes.filter((note) => note.severity === 'warning');
    expect(warnings).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/^pattern of `Book.isbn` not carried over/),
        line: 18,
        column: 31,
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        message: expect.stringContaining('maxbytes(5000000) of `Book.manuscript`'),
        line: 32,
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('minbytes(10) of `Book.cover`') }),
    );
  });

  it('notes annotations on entities and fields', () => {
    expect(messagesOf(result)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('annotation @ChangelogDate(20240101000000) on `Book`'),
        expect.stringContaining('annotation @Id on `Author.firstName`'),
      ]),
    );
  });

  it('guesses the domain and data classes of an author', () => {
    expect(blueprint.domain).toBe('commerce');
    expect(fieldOf(blueprint, 'Author', 'email')).toMatchObject({
      type: 'email',
      unique: true,
      dataClass: 'personal',
    });
    expect(fieldOf(blueprint, 'Author', 'email').description).toBe('Where to reach the author.');
    expect(fieldOf(blueprint, 'Author', 'website').type).toBe('url');
    expect(fieldOf(blueprint, 'Author', 'firstName').dataClass).toBe('personal');
  });
});
