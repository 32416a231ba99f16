import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../blueprint/index.js';
import type { Blueprint, Field } from '../../contracts/index.js';
import { importDataModel } from '../index.js';
import { catchAppError, importFixture, messagesOf } from '../test-support.js';

/** Undefined when the field is missing, since some tests check that a property was left out. */
function fieldOf(blueprint: Blueprint, entityName: string, fieldName: string): Field | undefined {
  return blueprint.entities
    .find((entity) => entity.name === entityName)
    ?.fields.find((field) => field.name === fieldName);
}

describe('OpenAPI import: YAML (pet clinic)', () => {
  const result = importFixture('pet-clinic.openapi.yaml');
  const { blueprint } = result;

  it('passes validateBlueprint and takes its name and description from info', () => {
    expect(result.format).toBe('openapi');
    expect(validateBlueprint(blueprint)).toMatchObject({ ok: true });
    expect(blueprint).toMatchObject({
      name: 'Pet Clinic API',
      slug: 'pet-clinic-openapi',
      description: 'Owners, their pets and the visits they make.',
    });
  });

  it('makes an entity of every object schema, merging simple allOf', () => {
    expect(blueprint.entities.map((entity) => entity.name)).toEqual([
      'Owner',
      'Pet',
      'Visit',
      'Auditable',
      'CardPayment',
      'CashPayment',
      'Animal',
    ]);
    expect(blueprint.entities[0]?.description).toBe('A person who brings pets to the clinic.');
    expect(blueprint.entities[2]?.fields.map((field) => field.name)).toEqual([
      'reference',
      'scheduledAt',
      'price',
      'status',
      'notes',
      'payment',
    ]);
    expect(messagesOf(result, 'info')).toContain(
      'schema `Visit` includes the properties of `Auditable` (allOf); they are copied, since the Blueprint has no inheritance',
    );
  });

  it.each([
    ['Owner', 'firstName', { type: 'string', required: true, maxLength: 60, dataClass: 'personal' }],
    ['Owner', 'email', { type: 'email', required: true, dataClass: 'personal' }],
    ['Owner', 'website', { type: 'url' }],
    ['Owner', 'password', { type: 'string', minLength: 12, dataClass: 'secret' }],
    ['Owner', 'address', { type: 'text', maxLength: 1000 }],
    ['Owner', 'preferences', { type: 'json' }],
    ['Owner', 'tags', { type: 'json' }],
    [
      'Pet',
      'name',
      { type: 'string', required: true, minLength: 1, maxLength: 40, label: { en: 'Pet name' } },
    ],
    ['Pet', 'birthDate', { type: 'date' }],
    ['Pet', 'weightKg', { type: 'decimal', min: 0, max: 200 }],
    ['Pet', 'vaccinated', { type: 'boolean', default: false }],
    ['Pet', 'photo', { type: 'file' }],
    ['Pet', 'externalId', { type: 'string' }],
    ['Visit', 'scheduledAt', { type: 'datetime', required: true }],
    ['Visit', 'price', { type: 'money' }],
    ['Visit', 'notes', { type: 'json' }],
  ] as const)('maps %s.%s', (entity, field, expected) => {
    expect(fieldOf(blueprint, entity, field)).toMatchObject(expected);
  });

  it('turns a top-level enum schema used through $ref into an enum field', () => {
    expect(fieldOf(blueprint, 'Pet', 'species')).toMatchObject({
      type: 'enum',
      required: true,
      description: 'What kind of animal the pet is.',
      values: [
        { value: 'dog', label: { en: 'Dog' } },
        { value: 'cat', label: { en: 'Cat' } },
        { value: 'guinea_pig', label: { en: 'Guinea pig' } },
        { value: 'bird', label: { en: 'Bird' } },
      ],
    });
    expect(fieldOf(blueprint, 'Visit', 'status')).toMatchObject({ type: 'enum', default: 'booked' });
  });

  it('makes $ref a belongs-to, pairs it with the array of $ref on the other side, and renames a reserved name', () => {
    expect(blueprint.relations).toEqual([
      {
        name: 'petOwner',
        kind: 'belongs-to',
        from: 'Pet',
        to: 'Owner',
        inverseName: 'pets',
        required: true,
        onDelete: 'restrict',
      },
      {
        name: 'pet',
        kind: 'belongs-to',
        from: 'Visit',
        to: 'Pet',
        inverseName: 'visits',
        required: false,
        onDelete: 'restrict',
      },
    ]);
    expect(messagesOf(result, 'info')).toContain(
      '`Owner.pets` and `Pet.owner` are two ends of one relation; imported once',
    );
  });

  it('warns about everything it cannot represent, naming the schema and property', () => {
    expect(messagesOf(result, 'warning')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^schema `Payment` not imported: it is a choice between schemas \(oneOf\)/),
        'discriminator of schema `Animal` not carried over: the Blueprint has no subtypes',
        expect.stringMatching(/^schema `Labels` not imported: it is a free-form map/),
        expect.stringMatching(/^schema `PetList` not imported: it is a list/),
        expect.stringMatching(/^`Owner\.preferences` is a nested object/),
        expect.stringMatching(/^`Visit\.notes` is a nested object/),
        expect.stringMatching(
          /^`Visit\.payment` is a oneOf\/anyOf choice of schemas; imported as a json field/,
        ),
        expect.stringMatching(/^pattern of `Pet\.microchip` not carried over/),
      ]),
    );
  });

  it('leaves out the id the platform keeps itself', () => {
    expect(fieldOf(blueprint, 'Owner', 'id')).toBeUndefined();
    expect(messagesOf(result, 'info')).toContain(
      'field `Owner.id` left out: every WebNova record has its own `id`',
    );
  });
});

describe('OpenAPI import: JSON, version 3.1 (library)', () => {
  const result = importFixture('library.openapi.json');
  const { blueprint } = result;

  it('passes validateBlueprint', () => {
    expect(validateBlueprint(blueprint)).toMatchObject({ ok: true });
    expect(blueprint.name).toBe('Library API');
  });

  it('reads 3.1 type lists, nullable references and titles', () => {
    expect(blueprint.entities[0]?.label).toEqual({ en: 'Library book' });
    expect(fieldOf(blueprint, 'Book', 'copies')).toMatchObject({ type: 'integer', min: 0, max: 100 });
    expect(blueprint.relations).toContainEqual(
      expect.objectContaining({ name: 'publisher', from: 'Book', to: 'Publisher', required: false }),
    );
    expect(messagesOf(result, 'info')).toContain(
      '`Book.copies` has an exclusive bound; imported as an inclusive one',
    );
  });

  it('makes two arrays of $ref that point at each other one many-to-many', () => {
    expect(blueprint.relations).toContainEqual(
      expect.objectContaining({
        name: 'tags',
        kind: 'many-to-many',
        from: 'Book',
        to: 'Tag',
        inverseName: 'books',
      }),
    );
    expect(
      blueprint.relations.filter((relation) => relation.to === 'Book' && relation.from === 'Tag'),
    ).toEqual([]);
  });

  it('keeps unrepresentable properties as json with a warning, and drops a foreign key the relation stores', () => {
    expect(fieldOf(blueprint, 'Book', 'cover')?.type).toBe('json');
    expect(fieldOf(blueprint, 'Book', 'edition')?.type).toBe('json');
    expect(fieldOf(blueprint, 'Book', 'metadata')?.type).toBe('json');
    expect(fieldOf(blueprint, 'Book', 'priority')?.type).toBe('integer');
    expect(fieldOf(blueprint, 'Book', 'publisherId')).toBeUndefined();
    expect(messagesOf(result, 'warning')).toEqual(
      expect.arrayContaining([
        '`Book.priority` allows only 1, 2, 3; the Blueprint keeps enums as text, so these values are not enforced',
        expect.stringMatching(
          /^`Book\.cover` refers to `https:\/\/example\.com\/schemas\/image\.json` outside this document/,
        ),
        expect.stringMatching(/^`Book\.edition` refers to `Missing`, which is not in components\.schemas/),
        'field `Book.order` is now `orderNumber`: `order` is a reserved word in PostgreSQL',
      ]),
    );
  });

  it('guesses types from names where the schema does not say', () => {
    expect(fieldOf(blueprint, 'Publisher', 'contactEmail')).toMatchObject({
      type: 'email',
      dataClass: 'personal',
    });
    expect(fieldOf(blueprint, 'Loan', 'fee')).toMatchObject({ type: 'money', min: 0 });
    expect(fieldOf(blueprint, 'Loan', 'state')).toMatchObject({ type: 'enum', default: 'open' });
  });
});

describe('OpenAPI import: documents it refuses', () => {
  it('refuses Swagger 2 and says how to convert it', () => {
    const error = catchAppError(() => importFixture('petstore.swagger.json'));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('petstore.swagger.json is a Swagger 2.0 document; WebNova imports OpenAPI 3');
    expect(error.hint).toContain('Convert it to OpenAPI 3');
  });

  it('refuses a document without component schemas', () => {
    const error = catchAppError(() =>
      importDataModel('openapi: 3.0.0\ninfo: { title: x, version: "1" }\npaths: {}\n', {
        fileName: 'api.yaml',
      }),
    );
    expect(error.message).toBe('api.yaml has no schemas under `components.schemas` to turn into entities');
  });

  it('refuses a document that is not OpenAPI', () => {
    const error = catchAppError(() => importDataModel('{ "name": "package" }', { fileName: 'package.json' }));
    expect(error.message).toBe(
      'package.json is not an OpenAPI 3 document: it has no `openapi: 3.x` version field',
    );
  });

  it('names the line and column of a syntax error', () => {
    const error = catchAppError(() =>
      importDataModel('openapi: 3.0.0\ncomponents:\n  schemas:\n    Pet: {\n', { fileName: 'api.yaml' }),
    );
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe(
      'api.yaml is not valid YAML or JSON at line 5, column 1: Flow map in block collection must be sufficiently indented and end with a }',
    );
    expect(error.details).toEqual({ line: 5, column: 1 });
  });

  it('refuses a document whose schemas hold no entity', () => {
    const error = catchAppError(() =>
      importDataModel(
        JSON.stringify({
          openapi: '3.0.0',
          components: { schemas: { Status: { type: 'string', enum: ['a'] } } },
        }),
        { fileName: 'api.json' },
      ),
    );
    expect(error.code).toBe('unprocessable');
    expect(error.message).toBe('api.json declares no entities to import');
  });
});
