import { describe, expect, it } from 'vitest';
import { columnNameOf, pluralOf, singularOf, tableNameOf } from './plural.js';

describe('plural and singular', () => {
  it.each([
    ['person', 'people'],
    ['category', 'categories'],
    ['status', 'statuses'],
    ['medicine', 'medicines'],
    ['staff', 'staff'],
    ['child', 'children'],
    ['analysis', 'analyses'],
    ['Patient', 'Patients'],
  ])('%s ↔ %s', (singular, plural) => {
    expect(pluralOf(singular)).toBe(plural);
    expect(singularOf(plural)).toBe(singular);
  });

  it('changes only the last word of a compound name', () => {
    expect(pluralOf('SalesPerson')).toBe('SalesPeople');
    expect(pluralOf('LabResult')).toBe('LabResults');
    expect(singularOf('ProductCategories')).toBe('ProductCategory');
    expect(pluralOf('labResult')).toBe('labResults');
  });
});

describe('generated table and column names', () => {
  it('makes tables snake_case plurals', () => {
    expect(tableNameOf('LabResult')).toBe('lab_results');
    expect(tableNameOf('Person')).toBe('people');
    expect(tableNameOf('Order')).toBe('orders');
    expect(tableNameOf('Staff')).toBe('staff');
  });

  it('makes columns snake_case', () => {
    expect(columnNameOf('nationalId')).toBe('national_id');
    expect(columnNameOf('createdAt')).toBe('created_at');
  });
});
