import { describe, expect, it } from 'vitest';
import {
  clip,
  enumValueOf,
  replacementEntityName,
  replacementMemberName,
  slugFromFileName,
  titleFromFileName,
} from './naming.js';

describe('enumValueOf', () => {
  it.each([
    ['IN_STOCK', 'in_stock'],
    ['InStock', 'in_stock'],
    ['in-stock', 'in_stock'],
    ['Guinea Pig', 'guinea_pig'],
    ['2nd', 'v_2nd'],
  ])('%s → %s', (source, value) => {
    expect(enumValueOf(source)).toBe(value);
  });

  it('gives nothing for a value without letters or digits', () => {
    expect(enumValueOf('—')).toBeUndefined();
  });
});

describe('slugFromFileName and titleFromFileName', () => {
  it.each([
    ['city-clinic.jdl', 'city-clinic', 'City clinic'],
    ['models/My Shop v2.yaml', 'my-shop-v2', 'My shop v2'],
    ['2024_api.json', 'api', '2024 api'],
    ['x.jdl', 'imported-model', 'X'],
  ])('%s → %s, %s', (fileName, slug, title) => {
    expect(slugFromFileName(fileName)).toBe(slug);
    expect(titleFromFileName(fileName)).toBe(title);
  });
});

describe('replacement names', () => {
  const everythingFree = () => true;

  it('keeps names that are not reserved', () => {
    expect(replacementEntityName('Patient', everythingFree)).toBe('Patient');
    expect(replacementMemberName('status', 'order', () => false, everythingFree)).toBe('status');
  });

  it('picks the first free replacement for a reserved name', () => {
    expect(replacementEntityName('User', everythingFree)).toBe('Member');
    expect(replacementEntityName('User', (name) => name !== 'Member')).toBe('Account');
    const reserved = (name: string) => name === 'order';
    expect(replacementMemberName('order', 'invoice', reserved, everythingFree)).toBe('orderNumber');
    expect(replacementMemberName('order', 'invoice', reserved, (name) => name !== 'orderNumber')).toBe(
      'sortOrder',
    );
  });
});

describe('clip', () => {
  it('keeps short text and marks where long text was cut', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('a long sentence here', 10)).toBe('a long se…');
    expect(clip('a long sentence here', 10)).toHaveLength(10);
  });
});
