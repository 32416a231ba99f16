import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../../contracts/index.js';
import { staticSources } from './static/index.js';
import { arabicUiStrings, englishUiStrings, uiStringsFor } from './ui-strings.js';

const sourceOf = (path: string): string => {
  const source = staticSources.find((candidate) => candidate.path === path);
  if (!source) throw new Error(`no static source at ${path}`);
  return source.body;
};

describe('the UI dictionaries', () => {
  it('have every word in Arabic that they have in English, with the same placeholders', () => {
    expect(Object.keys(arabicUiStrings).sort()).toEqual(Object.keys(englishUiStrings).sort());
    for (const [key, english] of Object.entries(englishUiStrings)) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
      expect(placeholders(arabicUiStrings[key as keyof typeof arabicUiStrings]), key).toEqual(
        placeholders(english),
      );
    }
  });

  it('hold every key the generated components ask for', () => {
    const used = new Set<string>();
    for (const source of staticSources) {
      for (const match of source.body.matchAll(/\bt\('(\w+)'/g)) used.add(match[1]!);
      for (const match of source.body.matchAll(/(?:title|message)="(\w+)"/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((key) => !(key in englishUiStrings))).toEqual([]);
  });

  it('picks Arabic for any Arabic locale and English otherwise', () => {
    expect(uiStringsFor('ar-SA')).toBe(arabicUiStrings);
    expect(uiStringsFor('fr')).toBe(englishUiStrings);
  });
});

describe('the generated entity config types', () => {
  it("list exactly the Blueprint's field types", () => {
    const config = sourceOf('web/src/lib/entity-config.ts');
    const union = /export type FieldType =([^;]*);/.exec(config)?.[1] ?? '';
    const listed = [...union.matchAll(/'([a-z]+)'/g)].map((match) => match[1]);
    expect(listed).toEqual([...FIELD_TYPES]);
  });
});
