import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../blueprint/index.js';
import { importDataModel, type ImportResult } from '../index.js';
import { catchAppError, messagesOf } from '../test-support.js';

const importText = (jdl: string): ImportResult => importDataModel(jdl, { fileName: 'model.jdl' });

describe('JDL import: mistakes in the model', () => {
  it('names an unknown type with its place and the closest known one', () => {
    const error = catchAppError(() => importText('entity Patient {\n  name Strng required\n}'));
    expect(error.code).toBe('bad_request');
    expect(error.message).toBe('unknown type `Strng` for field `name` at line 2, column 8');
    expect(error.details).toEqual({ line: 2, column: 8 });
    expect(error.hint).toContain('Did you mean `String`?');
  });

  it('names an unknown constant', () => {
    const error = catchAppError(() => importText('entity A {\n  name String maxlength(MAX_NAME)\n}'));
    expect(error.message).toBe('unknown constant `MAX_NAME` in maxlength(…) at line 2, column 15');
    expect(error.hint).toContain('MAX_NAME = 100');
  });

  it('refuses a relationship to an entity that is not declared', () => {
    const error = catchAppError(() =>
      importText('entity A { name String }\nrelationship ManyToOne {\n  A{b} to Bee\n}'),
    );
    expect(error.code).toBe('unprocessable');
    expect(error.message).toContain('refers to entity `Bee`, which is not declared');
    expect(error.details).toEqual({ line: 3, column: 11 });
  });

  it('refuses an entity declared twice', () => {
    const error = catchAppError(() => importText('entity A { name String }\nentity A { title String }'));
    expect(error.code).toBe('unprocessable');
    expect(error.message).toBe('entity `A` is declared a second time at line 2, column 1');
  });

  it('lists every collision when entities cannot be told apart', () => {
    const error = catchAppError(() =>
      importText(
        'entity lab_result { name String }\nentity LabResult { name String }\nentity Person { name String }\nentity People { name String }',
      ),
    );
    expect(error.code).toBe('unprocessable');
    expect(error.message).toContain(
      'entity `LabResult` (line 2, column 1) becomes `LabResult`, which collides with entity `lab_result`',
    );
    expect(error.message).toContain(
      'entity `People` (line 4, column 1) becomes `People`, which collides with entity `Person`',
    );
    expect(error.details.problems).toHaveLength(2);
    expect(error.hint).toContain('JHipster JDL');
  });
});

describe('JDL import: names made safe', () => {
  const result = importText(`
entity Shipment {
  id Long
  order Integer
  class String
  createdAt Instant
  customerId Long
}
entity Customer {
  name String
}
entity User {
  login String required
}
entity Date {
  day LocalDate
}
relationship ManyToOne {
  Shipment{customer} to Customer
  Shipment{owner} to Customer
}`);

  it('renames reserved field and entity names, with a note for each', () => {
    const shipment = result.blueprint.entities[0];
    expect(shipment?.fields.map((field) => field.name)).toEqual(['orderNumber', 'classroom']);
    expect(result.blueprint.entities.map((entity) => entity.name)).toEqual([
      'Shipment',
      'Customer',
      'Member',
      'DateRecord',
    ]);
    expect(result.blueprint.relations.map((relation) => relation.name)).toEqual([
      'customer',
      'shipmentOwner',
    ]);
    expect(messagesOf(result)).toEqual(
      expect.arrayContaining([
        'field `Shipment.order` is now `orderNumber`: `order` is a reserved word in PostgreSQL',
        'field `Shipment.class` is now `classroom`: `class` is a reserved word in TypeScript',
        'entity `User` is now `Member`: the generated platform already has its own `User`',
        'entity `Date` is now `DateRecord`: `Date` would hide a built-in TypeScript type',
        'relation name `owner` on `Shipment` is now `shipmentOwner`: every WebNova record already has `ownerId`',
      ]),
    );
  });

  it('leaves out fields the platform keeps itself and foreign keys a relation already stores', () => {
    expect(messagesOf(result)).toEqual(
      expect.arrayContaining([
        'field `Shipment.id` left out: every WebNova record has its own `id`',
        'field `Shipment.createdAt` left out: every WebNova record has its own `createdAt`',
        'field `Shipment.customerId` left out: it holds the link a relation of `Shipment` already stores',
      ]),
    );
    expect(validateBlueprint(result.blueprint).ok).toBe(true);
  });

  it('marks a bare `name` as personal only on an entity that describes a person', () => {
    expect(result.blueprint.entities[1]?.fields[0]).toMatchObject({ name: 'name', dataClass: 'personal' });
    const product = importText('entity Product { name String }').blueprint.entities[0];
    expect(product?.fields[0]).toMatchObject({ name: 'name', dataClass: 'none' });
  });
});

describe('JDL import: inverse names', () => {
  it('writes out derived inverse names, choosing another when two would collide', () => {
    const result = importText(`
entity Airport { code String }
entity Flight { number String }
relationship ManyToOne {
  Flight{origin} to Airport
  Flight{destination} to Airport
}`);
    expect(result.blueprint.relations.map((relation) => [relation.name, relation.inverseName])).toEqual([
      ['origin', 'flights'],
      ['destination', 'destinationFlights'],
    ]);
    expect(messagesOf(result)).toContain(
      'inverse name `flights` on `Airport` is now `destinationFlights`: `Airport` already has a field or relation named `flights`',
    );
    expect(validateBlueprint(result.blueprint).ok).toBe(true);
  });

  it('leaves out a field holding the foreign key a has-many puts on the other side', () => {
    const result = importText(`
entity Department { name String }
entity Course { title String, departmentId Long }
relationship OneToMany { Department{course} to Course{department} }`);
    expect(result.blueprint.entities[1]?.fields.map((field) => field.name)).toEqual(['title']);
    expect(result.blueprint.relations[0]).toMatchObject({ name: 'courses', inverseName: 'department' });
  });
});

describe('JDL import: what a Blueprint cannot hold', () => {
  it('gives an entity without fields a name field and says so', () => {
    const result = importText('entity Tag\nentity Note { title String }');
    expect(result.blueprint.entities[0]?.fields.map((field) => field.name)).toEqual(['name']);
    expect(result.notes[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('entity `Tag` has no fields WebNova can use'),
      line: 1,
    });
  });

  it('drops bounds the type cannot have, and makes a required many-to-many optional', () => {
    const result = importText(`
entity Tag { label String min(3) }
entity Post { flag Boolean maxlength(4) }
relationship ManyToMany { Post{tag required} to Tag{post} }`);
    expect(result.blueprint.entities[0]?.fields[0]?.min).toBeUndefined();
    expect(result.blueprint.relations[0]).toMatchObject({
      name: 'tags',
      inverseName: 'posts',
      required: false,
    });
    expect(messagesOf(result)).toEqual(
      expect.arrayContaining([
        'min/max of `Tag.label` not carried over: a string field has none',
        'minimum/maximum length of `Post.flag` not carried over: a boolean field has none',
        '`Post.tags` is many-to-many, which cannot be required; imported as optional',
      ]),
    );
  });

  it('keeps a required relation from being emptied on delete', () => {
    const result = importText(`
entity A { name String }
entity B { name String }
relationship ManyToOne { @OnDelete(SET_NULL) A{b required} to B }`);
    expect(result.blueprint.relations[0]).toMatchObject({ required: true, onDelete: 'restrict' });
  });

  it('notes relationship options other than builtInEntity and comments on relationship sides', () => {
    const result = importText(`
entity A { name String }
entity B { name String }
relationship OneToOne { /** the b */ A{b} to B with jpaDerivedIdentifier }`);
    expect(messagesOf(result)).toEqual(
      expect.arrayContaining([
        'relationship option `with jpaDerivedIdentifier` is a JHipster setting WebNova does not use',
        'the comment on relationship side `A` is not carried over: relations have no description',
      ]),
    );
  });
});
