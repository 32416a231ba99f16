import { describe, expect, it } from 'vitest';
import type { Field } from '../../../contracts/index.js';
import { onlyProblem, problemsAfter } from '../test-support.js';

const withDefault = (type: Field['type'], value: Field['default'], extra: Partial<Field> = {}) =>
  problemsAfter((b) =>
    b.entities[0]!.fields.push({
      name: 'extra',
      label: { en: 'Extra', ar: 'إضافي' },
      type,
      required: false,
      unique: false,
      dataClass: 'none',
      default: value,
      ...extra,
    }),
  );

describe('field defaults', () => {
  it.each([
    ['integer', 1.5, 'a whole number'],
    ['integer', '3', 'a whole number'],
    ['decimal', 'x', 'a number'],
    ['money', true, 'a number'],
    ['boolean', 'yes', 'true or false'],
    ['date', '2025-02-30', 'ISO date'],
    ['date', '31/01/2025', 'ISO date'],
    ['datetime', '2025-01-31', 'date and time'],
    ['email', 'not-an-email', 'email address'],
    ['url', 'example', 'URL'],
    ['string', 5, 'text'],
  ] as const)('refuses a %s field defaulting to %j', (type, value, expected) => {
    const problem = onlyProblem(withDefault(type, value), 'default_type_mismatch');
    expect(problem.path).toBe('entities[0].fields[5].default');
    expect(problem.message).toContain(expected);
    expect(problem.suggestion).toMatch(/e\.g\. "default": /);
  });

  it.each([
    ['integer', 3],
    ['decimal', 2.5],
    ['money', 10],
    ['boolean', false],
    ['date', '2024-02-29'],
    ['datetime', '2025-01-31T09:00:00+03:00'],
    ['email', 'info@example.com'],
    ['url', 'https://example.com'],
    ['text', 'hello'],
    ['phone', '+966500000000'],
  ] as const)('accepts a %s field defaulting to %j', (type, value) => {
    expect(withDefault(type, value)).toEqual([]);
  });

  it('refuses defaults on json and file fields', () => {
    const problem = onlyProblem(withDefault('json', '{}'), 'default_not_allowed');
    expect(problem.suggestion).toBe('remove "default"');
    expect(onlyProblem(withDefault('file', 'a.pdf'), 'default_not_allowed').path).toBe(
      'entities[0].fields[5].default',
    );
  });

  it('requires an enum default to be one of the values, suggesting the closest', () => {
    const values = [{ value: 'active' }, { value: 'archived' }];
    const problem = onlyProblem(withDefault('enum', 'activ', { values }), 'default_not_in_values');
    expect(problem.suggestion).toContain('use `active`');
    expect(withDefault('enum', 'archived', { values })).toEqual([]);
  });

  it('requires the default to respect the bounds', () => {
    const problem = onlyProblem(withDefault('integer', 20, { min: 0, max: 12 }), 'default_out_of_range');
    expect(problem.message).toContain('above the maximum 12');
    expect(
      onlyProblem(withDefault('string', 'ab', { minLength: 3 }), 'default_out_of_range').message,
    ).toContain('shorter than minLength 3');
    expect(withDefault('integer', 12, { min: 0, max: 12 })).toEqual([]);
  });
});
