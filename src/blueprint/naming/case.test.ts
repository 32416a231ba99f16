import { describe, expect, it } from 'vitest';
import { humanize, toCamelCase, toKebabCase, toPascalCase, toSnakeCase, wordsOf } from './case.js';

describe('case conversions', () => {
  it('splits identifiers and phrases into words, keeping acronyms and digits together', () => {
    expect(wordsOf('nationalID')).toEqual(['national', 'ID']);
    expect(wordsOf('HTTPServer')).toEqual(['HTTP', 'Server']);
    expect(wordsOf('lab results')).toEqual(['lab', 'results']);
    expect(wordsOf('in_stock')).toEqual(['in', 'stock']);
    expect(wordsOf('address2')).toEqual(['address2']);
    expect(wordsOf('Café menu')).toEqual(['Cafe', 'menu']);
  });

  it('converts to camelCase', () => {
    expect(toCamelCase('Full name')).toBe('fullName');
    expect(toCamelCase('national_id')).toBe('nationalId');
    expect(toCamelCase('NationalID')).toBe('nationalId');
    expect(toCamelCase('due-date')).toBe('dueDate');
  });

  it('converts to PascalCase', () => {
    expect(toPascalCase('lab result')).toBe('LabResult');
    expect(toPascalCase('lab_result')).toBe('LabResult');
    expect(toPascalCase('labResult')).toBe('LabResult');
  });

  it('converts to snake_case and kebab-case', () => {
    expect(toSnakeCase('LabResult')).toBe('lab_result');
    expect(toSnakeCase('nationalID')).toBe('national_id');
    expect(toSnakeCase('currentDate')).toBe('current_date');
    expect(toKebabCase('LabResult')).toBe('lab-result');
    expect(toKebabCase('STC Pay')).toBe('stc-pay');
  });

  it('humanizes identifiers into sentence-case labels', () => {
    expect(humanize('dueDate')).toBe('Due date');
    expect(humanize('nationalID')).toBe('National ID');
    expect(humanize('LabResult')).toBe('Lab result');
  });
});
