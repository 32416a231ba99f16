import { describe, expect, it } from 'vitest';
import { catchAppError } from '../test-support.js';
import { parseJdl } from './parse-jdl.js';

describe('parseJdl: declarations', () => {
  it('reads an entity with a table name, doc comments, fields and every validation', () => {
    const document = parseJdl(`
/** Someone treated here. */
entity Patient (clinic_patient) {
  /** As on the ID card. */
  fullName String required unique minlength(2) maxlength(MAX_NAME)
  code String pattern(/^[A-Z]{3}$/)
  age Integer min(-1) max(130.5),
  scan Blob minbytes(10) maxbytes(1000)
}`);
    const [patient] = document.entities;
    expect(patient).toMatchObject({
      name: 'Patient',
      tableName: 'clinic_patient',
      doc: 'Someone treated here.',
      at: { line: 3, column: 1 },
    });
    expect(patient?.fields.map((field) => [field.name, field.typeName, field.doc])).toEqual([
      ['fullName', 'String', 'As on the ID card.'],
      ['code', 'String', undefined],
      ['age', 'Integer', undefined],
      ['scan', 'Blob', undefined],
    ]);
    expect(patient?.fields[0]?.validations.map((v) => [v.name, v.argument])).toEqual([
      ['required', undefined],
      ['unique', undefined],
      ['minlength', { kind: 'number', value: 2 }],
      ['maxlength', { kind: 'constant', name: 'MAX_NAME' }],
    ]);
    expect(patient?.fields[1]?.validations[0]?.argument).toEqual({ kind: 'pattern', text: '/^[A-Z]{3}$/' });
    expect(patient?.fields[2]?.validations.map((v) => v.argument)).toEqual([
      { kind: 'number', value: -1 },
      { kind: 'number', value: 130.5 },
    ]);
    expect(patient?.fields[3]?.validations.map((v) => v.name)).toEqual(['minbytes', 'maxbytes']);
  });

  it('accepts an entity with no body, and fields separated by commas on one line', () => {
    const document = parseJdl(
      'entity Tag\nentity Note { title String required, body TextBlob }\nentity Last',
    );
    expect(document.entities.map((entity) => [entity.name, entity.fields.length])).toEqual([
      ['Tag', 0],
      ['Note', 2],
      ['Last', 0],
    ]);
  });

  it('tells a field named `required` from the validation', () => {
    const [entity] = parseJdl('entity Form {\n  title String required\n  required Boolean\n}').entities;
    expect(entity?.fields.map((field) => [field.name, field.validations.length])).toEqual([
      ['title', 1],
      ['required', 0],
    ]);
  });

  it('reads enums with custom values in any form', () => {
    const [format] = parseJdl(
      'enum Format {\n  HARDCOVER,\n  PAPERBACK ("Paper back"),\n  E_BOOK (ebook)\n  AUDIO\n}',
    ).enums;
    expect(format?.values.map((value) => [value.name, value.customValue, value.at.line])).toEqual([
      ['HARDCOVER', undefined, 2],
      ['PAPERBACK', 'Paper back', 3],
      ['E_BOOK', 'ebook', 4],
      ['AUDIO', undefined, 5],
    ]);
  });

  it('reads constants, including negative ones', () => {
    expect(parseJdl('MAX_NAME = 100\nLOWEST = -5').constants).toEqual([
      { name: 'MAX_NAME', value: 100, at: { line: 1, column: 1 } },
      { name: 'LOWEST', value: -5, at: { line: 2, column: 1 } },
    ]);
  });

  it('keeps annotations on entities and fields with their values', () => {
    const [entity] = parseJdl('@dto(mapstruct) @readOnly\nentity A {\n  @Id code String\n}').entities;
    expect(entity?.annotations.map((a) => [a.name, a.value])).toEqual([
      ['dto', 'mapstruct'],
      ['readOnly', undefined],
    ]);
    expect(entity?.fields[0]?.annotations.map((a) => a.name)).toEqual(['Id']);
  });
});

describe('parseJdl: relationships', () => {
  it('reads several relationships per block, names, display fields, required, options and annotations', () => {
    const { relationships } = parseJdl(`
relationship ManyToOne {
  Car{owner(login) required} to User with builtInEntity,
  @OnDelete("CASCADE") Wheel{car} to Car{wheels}
  Tyre to Wheel
}
relationship ManyToMany { Car{driver} to Driver{car} }`);
    expect(relationships).toHaveLength(4);
    expect(relationships[0]).toMatchObject({
      kind: 'ManyToOne',
      from: { entity: 'Car', field: 'owner', displayField: 'login', required: true },
      to: { entity: 'User', required: false },
      options: ['builtInEntity'],
      at: { line: 3, column: 3 },
    });
    expect(relationships[1]?.from.annotations).toEqual([
      { name: 'OnDelete', value: 'CASCADE', at: { line: 4, column: 3 } },
    ]);
    expect(relationships[1]?.to).toMatchObject({ entity: 'Car', field: 'wheels' });
    expect(relationships[2]).toMatchObject({ from: { entity: 'Tyre' }, to: { entity: 'Wheel' } });
    expect(relationships[2]?.from.field).toBeUndefined();
    expect(relationships[3]).toMatchObject({
      kind: 'ManyToMany',
      from: { field: 'driver' },
      to: { field: 'car' },
    });
  });

  it('reads all four kinds', () => {
    const kinds = ['OneToOne', 'ManyToOne', 'OneToMany', 'ManyToMany'];
    const document = parseJdl(kinds.map((kind) => `relationship ${kind} { A to B }`).join('\n'));
    expect(document.relationships.map((relationship) => relationship.kind)).toEqual(kinds);
  });
});

describe('parseJdl: options and blocks it reads past', () => {
  it('reads unary, binary and `use` options with their entity selections', () => {
    const { options } = parseJdl(`
dto * with mapstruct
service all with serviceImpl except Patient, Doctor
paginate Patient, Doctor with pagination
skipClient Tag
readOnly *
use mapstruct, pagination for * except Tag`);
    expect(options.map(({ name, value, entities, except }) => ({ name, value, entities, except }))).toEqual([
      { name: 'dto', value: 'mapstruct', entities: { all: true, names: [] }, except: [] },
      {
        name: 'service',
        value: 'serviceImpl',
        entities: { all: true, names: [] },
        except: ['Patient', 'Doctor'],
      },
      {
        name: 'paginate',
        value: 'pagination',
        entities: { all: false, names: ['Patient', 'Doctor'] },
        except: [],
      },
      { name: 'skipClient', value: undefined, entities: { all: false, names: ['Tag'] }, except: [] },
      { name: 'readOnly', value: undefined, entities: { all: true, names: [] }, except: [] },
      { name: 'use', value: 'mapstruct, pagination', entities: { all: true, names: [] }, except: ['Tag'] },
    ]);
  });

  it('skips application blocks with nested braces and deployment blocks, keeping what follows', () => {
    const document = parseJdl(`
application {
  config { baseName clinic languages [en, ar] jwtSecretKey "a}b" }
  entities * except Tag
  dto * with mapstruct
}
deployment { deploymentType docker-compose appsFolders [clinic] }
entity Tag { name String }`);
    expect(document.ignoredBlocks).toEqual([
      { keyword: 'application', baseName: 'clinic', at: { line: 2, column: 1 } },
      { keyword: 'deployment', at: { line: 7, column: 1 } },
    ]);
    expect(document.entities.map((entity) => entity.name)).toEqual(['Tag']);
    expect(document.options).toEqual([]);
  });
});

describe('parseJdl: syntax errors name the line and column', () => {
  it.each([
    {
      title: 'a missing brace after the entity name',
      source: 'entity Doctor {\n  name String\n}\n\nentity Patient name String',
      message: 'expected `{` after entity name `Patient` at line 5, column 16, found `name`',
    },
    {
      title: 'a field without a type',
      source: 'entity Patient {\n  name\n}',
      message: 'expected a type after field name `name` at line 3, column 1, found `}`',
    },
    {
      title: 'a misspelt validation',
      source: 'entity Patient {\n  name String requird\n}',
      message: 'after field `name` at line 2, column 15, found `requird`',
    },
    {
      title: 'an unclosed entity',
      source: 'entity Patient {\n  name String',
      message: 'expected `}` to close entity `Patient` at line 2, column 14, found the end of the file',
    },
    {
      title: 'an unknown relationship kind',
      source: '\nrelationship ManyToFew { A to B }',
      message:
        'expected OneToOne, ManyToOne, OneToMany or ManyToMany after `relationship` at line 2, column 14',
    },
    {
      title: 'a relationship without `to`',
      source: 'relationship OneToMany {\n  Owner{cars} Car\n}',
      message: 'expected `to` after `Owner` in a OneToMany relationship at line 2, column 15, found `Car`',
    },
    {
      title: 'an unclosed relationship side',
      source: 'relationship ManyToOne { Car{owner to Person }',
      message: 'to close `Car{owner` at line 1, column 36, found `to`',
    },
    {
      title: 'a validation argument that is not a number',
      source: 'entity A {\n  name String maxlength("long")\n}',
      message:
        'expected a number or a constant in maxlength(…) of field `name` at line 2, column 25, found `long`',
    },
    {
      title: 'an unclosed application block',
      source: 'application {\n  config { baseName x }\n',
      message: 'expected `}` to close the application block that starts on line 1 at line 3, column 1',
    },
    {
      title: 'a pattern that is not a regular expression',
      source: 'entity A {\n  code String pattern(42)\n}',
      message: 'expected a regular expression in pattern(…) of field `code` at line 2, column 23, found `42`',
    },
    {
      title: 'a stray word at the top level',
      source: 'entity A { name String }\nentitty B { name String }',
      message: 'expected a JDL declaration at line 2, column 1, found `entitty`',
    },
    {
      title: 'an option without its value',
      source: 'dto * mapstruct',
      message: 'expected `with` and a value after `dto` and its entities at line 1, column 7',
    },
  ])('$title', ({ source, message }) => {
    const error = catchAppError(() => parseJdl(source));
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain(message);
    expect(error.hint).toBeTruthy();
    const [, line, column] = /at line (\d+), column (\d+)/.exec(error.message) ?? [];
    expect(error.details).toEqual({ line: Number(line), column: Number(column) });
  });
});
