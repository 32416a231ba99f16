import { describe, expect, it } from 'vitest';
import { sqlColumnOf } from '../backend/entity/columns.js';
import { buildModel } from '../model/index.js';
import { bookshopBlueprint } from '../test-fixtures/bookshop.js';
import { implicitConstraintName } from './postgres-names.js';
import { columnDefinition, fieldColumnOf, schemaSpecOf } from './schema-spec.js';
import { clinicV1, valid } from './testing/clinic-evolutions.js';

describe('schemaSpecOf', () => {
  it.each([
    ['clinic', clinicV1],
    ['bookshop', valid(bookshopBlueprint)],
  ])('writes each field column as the initial migration does (%s)', (_label, blueprint) => {
    for (const entity of buildModel(blueprint).entities) {
      for (const field of entity.fields) {
        expect(columnDefinition(fieldColumnOf(entity.names.pascal, field))).toBe(sqlColumnOf(field));
      }
    }
  });

  it('names every constraint and index, join tables included', () => {
    const spec = schemaSpecOf(buildModel(valid(bookshopBlueprint)));
    const join = spec.tables.find((table) => table.name === 'books_genres');
    expect(join?.constraints.map((constraint) => constraint.name)).toEqual([
      'books_genres_pkey',
      'books_genres_book_id_fkey',
      'books_genres_genre_id_fkey',
    ]);
    expect(join?.indexes.map((index) => index.name)).toEqual(['books_genres_genre_id_idx']);
  });
});

describe('implicitConstraintName', () => {
  it('shortens the longer part first, as PostgreSQL does, so the label survives', () => {
    expect(implicitConstraintName('orders', ['created_by'], 'fkey')).toBe('orders_created_by_fkey');
    const table = 'a'.repeat(60);
    const name = implicitConstraintName(table, ['created_by'], 'fkey');
    expect(name).toBe(`${'a'.repeat(47)}_created_by_fkey`);
    expect(name).toHaveLength(63);
  });
});
