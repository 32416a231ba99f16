import { describe, expect, it } from 'vitest';
import { compileTenantSchema, schemaProblems } from './json-schemas.js';

describe('tenant JSON Schemas', () => {
  it('keeps schemas apart even when they share an $id', () => {
    const mine = { $id: 'https://example.com/lead', type: 'object', required: ['a'] };
    const theirs = { $id: 'https://example.com/lead', type: 'object', required: ['b'] };
    expect(schemaProblems(mine, { a: 1 }, 'data')).toEqual([]);
    expect(schemaProblems(theirs, { a: 1 }, 'data')).toEqual([
      { path: 'data.b', message: "must have required property 'b'" },
    ]);
  });

  it('names nested and escaped paths', () => {
    const schema = {
      type: 'object',
      properties: {
        'a/b': { type: 'object', properties: { list: { type: 'array', items: { type: 'integer' } } } },
      },
    };
    expect(schemaProblems(schema, { 'a/b': { list: [1, 'two'] } }, 'events.0.data')).toEqual([
      { path: 'events.0.data.a/b.list.1', message: 'must be integer' },
    ]);
  });

  it('reuses the compiled validator for the same schema and refuses unknown keywords', () => {
    const schema = { type: 'object', maxProperties: 2 };
    expect(compileTenantSchema({ ...schema })).toBe(compileTenantSchema({ ...schema }));
    expect(() => compileTenantSchema({ type: 'object', requird: ['a'] })).toThrow(/unknown keyword/);
  });

  it('refuses regular-expression keywords, which could stall the server with backtracking', () => {
    const evil = { type: 'object', properties: { name: { type: 'string', pattern: '^(a+)+$' } } };
    expect(() => compileTenantSchema(evil)).toThrow(/pattern/);
    expect(() => compileTenantSchema({ type: 'object', patternProperties: { '^x': {} } })).toThrow(
      /patternProperties/,
    );
    // A property that is merely called "pattern" is fine.
    expect(
      schemaProblems(
        { type: 'object', properties: { pattern: { type: 'string' } } },
        { pattern: 'x' },
        'data',
      ),
    ).toEqual([]);
  });
});
