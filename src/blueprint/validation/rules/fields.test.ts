import { describe, expect, it } from 'vitest';
import type { Field } from '../../../contracts/index.js';
import { onlyProblem, problemsAfter } from '../test-support.js';

const field = (overrides: Partial<Field>): Field => ({
  name: 'extra',
  label: { en: 'Extra', ar: 'إضافي' },
  type: 'string',
  required: false,
  unique: false,
  dataClass: 'none',
  ...overrides,
});

const addToPatient = (overrides: Partial<Field>) =>
  problemsAfter((b) => b.entities[0]!.fields.push(field(overrides)));

describe('enum values', () => {
  it('requires values on an enum field', () => {
    const problem = onlyProblem(addToPatient({ type: 'enum' }), 'enum_values_missing');
    expect(problem.path).toBe('entities[0].fields[5]');
    expect(problem.suggestion).toContain('"values"');
    expect(onlyProblem(addToPatient({ type: 'enum', values: [] }), 'enum_values_missing').path).toBe(
      'entities[0].fields[5].values',
    );
  });

  it('refuses a repeated value', () => {
    const problem = onlyProblem(
      addToPatient({ type: 'enum', values: [{ value: 'a' }, { value: 'b' }, { value: 'a' }] }),
      'duplicate_enum_value',
    );
    expect(problem.path).toBe('entities[0].fields[5].values[2].value');
    expect(problem.suggestion).toContain('remove');
  });

  it('refuses values on a field that is not an enum', () => {
    const problem = onlyProblem(addToPatient({ values: [{ value: 'a' }] }), 'values_not_allowed');
    expect(problem.path).toBe('entities[0].fields[5].values');
    expect(problem.suggestion).toContain('"type": "enum"');
  });

  it('accepts an enum with distinct values', () => {
    expect(addToPatient({ type: 'enum', values: [{ value: 'a' }, { value: 'b' }] })).toEqual([]);
  });
});

describe('bounds', () => {
  it('refuses min and max on a text field, pointing at minLength', () => {
    const problem = onlyProblem(addToPatient({ min: 1 }), 'bounds_not_allowed');
    expect(problem.path).toBe('entities[0].fields[5].min');
    expect(problem.suggestion).toContain('`minLength`');
  });

  it('refuses minLength and maxLength on a number field, pointing at max', () => {
    const problem = onlyProblem(addToPatient({ type: 'integer', maxLength: 3 }), 'length_not_allowed');
    expect(problem.path).toBe('entities[0].fields[5].maxLength');
    expect(problem.suggestion).toContain('`max`');
  });

  it('refuses inverted bounds', () => {
    const numeric = onlyProblem(addToPatient({ type: 'decimal', min: 10, max: 5 }), 'bounds_inverted');
    expect(numeric.path).toBe('entities[0].fields[5].max');
    expect(numeric.suggestion).toContain('swap');
    const length = onlyProblem(addToPatient({ minLength: 10, maxLength: 5 }), 'bounds_inverted');
    expect(length.path).toBe('entities[0].fields[5].maxLength');
  });

  it('refuses a currency on a field that is not money', () => {
    const problem = onlyProblem(addToPatient({ type: 'decimal', currency: 'SAR' }), 'currency_not_allowed');
    expect(problem.path).toBe('entities[0].fields[5].currency');
    expect(problem.suggestion).toContain('"type": "money"');
  });

  it('accepts bounds that suit the type', () => {
    expect(addToPatient({ type: 'money', min: 0, max: 0, currency: 'SAR' })).toEqual([]);
    expect(addToPatient({ type: 'url', minLength: 5, maxLength: 5 })).toEqual([]);
  });
});

describe('display field', () => {
  it('must name a field of the entity', () => {
    const problem = onlyProblem(
      problemsAfter((b) => {
        b.entities[0]!.displayField = 'fulName';
      }),
      'display_field_missing',
    );
    expect(problem.path).toBe('entities[0].displayField');
    expect(problem.suggestion).toContain('did you mean `fullName`?');
  });

  it('accepts a display field that exists', () => {
    expect(
      problemsAfter((b) => {
        b.entities[0]!.displayField = 'nationalId';
      }),
    ).toEqual([]);
  });
});
