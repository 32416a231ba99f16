/**
 * The bilingual lexicon: entities and fields the analyzer knows, with labels in English and Arabic,
 * and phrase indexes that find them in text.
 * @module
 */
import pluralize from 'pluralize';
import { ARABIC_ENUM_FORMS } from './enum-values.js';
import { BUSINESS_ENTITIES } from './entities-business.js';
import { SERVICE_ENTITIES } from './entities-services.js';
import { FIELD_ENTRIES } from './field-entries.js';
import { PhraseIndex, phraseWords } from './matcher.js';
import type { EntityEntry, FieldEntry } from './types.js';

export type { EntityEntry, EntityNature, FieldEntry, Sensitivity } from './types.js';
export { PhraseIndex, phraseWords, type Mention } from './matcher.js';
export { arabicEnumLabel } from './enum-values.js';

export const ENTITY_ENTRIES: readonly EntityEntry[] = [...SERVICE_ENTITIES, ...BUSINESS_ENTITIES];

const ENTITY_BY_NAME = new Map(ENTITY_ENTRIES.map((entry) => [entry.name, entry]));
const FIELD_BY_NAME = new Map(FIELD_ENTRIES.map((entry) => [entry.name, entry]));

export const entityEntry = (name: string): EntityEntry | undefined => ENTITY_BY_NAME.get(name);

/**
 * Whether the words as written name the entity itself: its own English name ("rooms" for `Room`),
 * or that name narrowed by words before it ("credit card" for `Card`), not one of its aliases
 * ("rooms" for `Classroom`). Arabic forms all count as the entity's own: they are spellings and
 * broken plurals of one word, and an Arabic word gives no English name to fall back on.
 */
export function namesEntityItself(name: string, written: string): boolean {
  const entry = ENTITY_BY_NAME.get(name);
  if (!entry || /[\u0600-\u06FF]/.test(written)) return true;
  const said = singularWords(written);
  return [entry.en, entry.enPlural].some((form) => {
    const own = singularWords(form);
    return (
      own.length > 0 && (said.join(' ') === own.join(' ') || said.join(' ').endsWith(` ${own.join(' ')}`))
    );
  });
}

function singularWords(phrase: string): string[] {
  const words = phraseWords(phrase);
  const last = words.pop();
  return last === undefined ? [] : [...words, pluralize.singular(last)];
}
export const fieldEntry = (name: string): FieldEntry | undefined => FIELD_BY_NAME.get(name);

/**
 * English words that are entities only in some sentences ("a web application", "this service"):
 * their singular counts only after "each", "every" or "per"; their plural always counts.
 */
export const AMBIGUOUS_SINGULARS: ReadonlySet<string> = new Set([
  'application',
  'service',
  'class',
  'module',
  'subject',
  'test',
  'request',
  'report',
  'record',
  'result',
  'mark',
  'paper',
  'plot',
  'parcel',
  'room',
  'ticket',
  'license',
  'licence',
  'item',
  'card',
  'issue',
  'post',
  'activity',
  'unit',
  'team',
  'office',
  'transfer',
  'purchase',
  'route',
  'collection',
  'device',
  'leave',
  'checkout',
  'stock',
  'inventory',
  'booking',
  'staff',
  'account',
  'order',
  'event',
  'project',
  'budget',
  'payment',
  'property',
]);

function buildEntityIndex(): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const entry of ENTITY_ENTRIES) {
    for (const phrase of [entry.en, ...entry.enAliases]) {
      index.add(phrase, entry.name);
      index.add(pluralPhrase(phrase), entry.name);
    }
    index.add(entry.enPlural, entry.name);
    for (const phrase of [entry.ar, entry.arPlural, ...entry.arAliases]) index.add(phrase, entry.name);
  }
  return index;
}

function buildFieldIndex(): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const entry of FIELD_ENTRIES) {
    for (const phrase of [entry.en, ...entry.enAliases, entry.ar, ...entry.arAliases])
      index.add(phrase, entry.name);
  }
  return index;
}

function buildArabicEnumIndex(): PhraseIndex<string> {
  const index = new PhraseIndex<string>();
  for (const [form, value] of ARABIC_ENUM_FORMS) index.add(form, value);
  return index;
}

function pluralPhrase(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop() ?? phrase;
  return [...words, pluralize.plural(last)].join(' ');
}

export const ENTITY_INDEX = buildEntityIndex();
export const FIELD_INDEX = buildFieldIndex();
export const ARABIC_ENUM_INDEX = buildArabicEnumIndex();

/** A field as an entity's lexicon entry lists it: `nationalId!*` is required and unique. */
export interface FieldSpec {
  key: string;
  required: boolean;
  unique: boolean;
  values?: readonly string[];
}

export function parseFieldSpec(spec: string): FieldSpec {
  const [head = spec, values] = spec.split('=');
  return {
    key: head.replace(/[!*]/g, ''),
    required: head.includes('!'),
    unique: head.includes('*'),
    ...(values ? { values: values.split('|') } : {}),
  };
}
