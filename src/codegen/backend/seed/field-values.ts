import type { FieldModel } from '../../model/index.js';
import type { SeededRandom } from './random.js';
import type { Person, Vocabulary } from './vocabulary.js';

export type SeedValue = string | number | boolean | null | { [key: string]: SeedValue } | SeedValue[];

/** What a field's value may depend on: the row's number, its person, and the values chosen before it. */
export interface RowContext {
  vocabulary: Vocabulary;
  random: SeededRandom;
  /** 0-based row number within the entity. */
  index: number;
  /** Per entity, so two entities do not share their first person or name. */
  offset: number;
  entityLabel: string;
  entityKebab: string;
  /** Initials of the entity, e.g. `PA` for PermitApplication, for references such as `PA-000123`. */
  prefix: string;
  slug: string;
  person: Person;
  values: Record<string, SeedValue>;
}

// Test card numbers the card networks publish: they pass the Luhn check and charge nobody.
const TEST_CARDS = ['4111111111111111', '5555555555554444', '4012888888881881', '5105105105105100'];
const BASE_DAY = Date.UTC(2025, 0, 6);
const DAY_MS = 86_400_000;

/** Keeps text within the field's length bounds: cut at the maximum, padded with digits to the minimum. */
export function fitLength(text: string, field: FieldModel): string {
  const max = field.maxLength ?? Number.POSITIVE_INFINITY;
  const cut = text.length > max ? text.slice(0, max).trimEnd() : text;
  const min = field.minLength ?? (field.required ? 1 : 0);
  return cut.length >= min ? cut : cut + '0'.repeat(min - cut.length);
}

function digits(count: number, random: SeededRandom, index: number): string {
  // The row number sits at the end, so values of one entity never collide.
  const tail = String(index + 1).padStart(2, '0');
  let head = String(random.integer(1, 9));
  while (head.length < count - tail.length) head += String(random.integer(0, 9));
  return (head + tail).slice(-count);
}

function dateOf(dayOffset: number): string {
  return new Date(BASE_DAY + dayOffset * DAY_MS).toISOString().slice(0, 10);
}

const is = (pattern: RegExp, field: FieldModel) => pattern.test(field.name);
const PERSON_NAME = /^(full|first|last|given|family|contact|display)?name$|fullname/i;
const IDENTIFIER =
  /(reference|number|code|sku|tag|badge|iban|isbn|vat|registration|nationalid|passport|account|costcenter|serial)/i;

function identifierOf(field: FieldModel, row: RowContext): string {
  const min = field.minLength ?? 0;
  const max = field.maxLength ?? Math.max(min, 12);
  if (is(/iban/i, field))
    return fitLength('SA' + digits(Math.max(min, 24) - 2, row.random, row.index), field);
  if (is(/nationalid|isbn|passport/i, field) || min === max) {
    return digits(Math.max(min, Math.min(max, 10)), row.random, row.index);
  }
  const year = 2025;
  const candidate = `${row.prefix}-${year}-${digits(4, row.random, row.index)}`;
  if (candidate.length <= max && candidate.length >= min) return candidate;
  const short = `${row.prefix}${digits(Math.max(min, Math.min(max, 8)) - row.prefix.length, row.random, row.index)}`;
  return fitLength(short, field);
}

function stringOf(field: FieldModel, row: RowContext): string {
  const { vocabulary, person } = row;
  const personal = field.dataClass === 'personal' || PERSON_NAME.test(field.name);
  if (is(/card/i, field) || field.dataClass === 'payment-card') {
    return fitLength(TEST_CARDS[row.index % TEST_CARDS.length] ?? '', field);
  }
  if (is(IDENTIFIER, field)) return identifierOf(field, row);
  if (personal && is(/first|given/i, field)) return fitLength(person.given, field);
  if (personal && is(/last|family/i, field)) return fitLength(person.family, field);
  if (personal && is(/name/i, field)) return fitLength(`${person.given} ${person.family}`, field);
  if (is(/city/i, field))
    return fitLength(vocabulary.cities[(row.offset + row.index) % vocabulary.cities.length] ?? '', field);
  if (is(/address|street|location/i, field)) return fitLength(addressOf(row), field);
  if (is(/name|title|label|subject/i, field)) {
    const qualifier = vocabulary.qualifiers[(row.offset + row.index) % vocabulary.qualifiers.length] ?? '';
    return fitLength(vocabulary.nameOf(nounOf(field, row), qualifier), field);
  }
  if (field.dataClass === 'secret')
    return fitLength(digits(Math.max(field.minLength ?? 8, 8), row.random, row.index), field);
  const sentence = row.random.pick(vocabulary.sentences);
  return fitLength(field.unique ? `${sentence} ${String(row.index + 1)}` : sentence, field);
}

/** `bankName` names a bank, not the entity holding it; English words only, so Arabic keeps the entity. */
function nounOf(field: FieldModel, row: RowContext): string {
  const prefix = /^([a-z]+)Name$/.exec(field.name)?.[1];
  const generic = ['full', 'first', 'last', 'given', 'family', 'legal', 'display', 'short', 'user'];
  if (!prefix || generic.includes(prefix) || /[^\x20-\x7e]/.test(row.entityLabel)) return row.entityLabel;
  return prefix.charAt(0).toUpperCase() + prefix.slice(1);
}

function addressOf(row: RowContext): string {
  const { vocabulary } = row;
  const street = vocabulary.streets[(row.offset + row.index) % vocabulary.streets.length] ?? '';
  const city = vocabulary.cities[(row.offset + row.index) % vocabulary.cities.length] ?? '';
  return vocabulary.addressOf(row.random.integer(2, 240), street, city);
}

function textOf(field: FieldModel, row: RowContext): string {
  if (is(/address|location/i, field)) return fitLength(addressOf(row), field);
  const first = row.random.pick(row.vocabulary.sentences);
  const second = row.random.pick(row.vocabulary.sentences.filter((sentence) => sentence !== first));
  return fitLength(`${first} ${second}`, field);
}

function emailOf(field: FieldModel, row: RowContext): string {
  const { person } = row;
  const local = `${person.latinGiven}.${person.latinFamily}`;
  const suffix = row.index >= row.vocabulary.people.length ? String(row.index + 1) : '';
  const domain = is(/work/i, field)
    ? `${row.slug}.${row.vocabulary.emailDomain}`
    : row.vocabulary.emailDomain;
  const max = field.maxLength ?? 254;
  const whole = `${local}${suffix}@${domain}`;
  return whole.length <= max
    ? whole
    : `${row.entityKebab.slice(0, 8)}${String(row.index + 1)}@example.com`.slice(-max);
}

function numberBetween(
  field: FieldModel,
  row: RowContext,
  fallbackLow: number,
  fallbackHigh: number,
): number {
  const low = field.min ?? Math.min(fallbackLow, field.max ?? fallbackLow);
  const high = field.max ?? Math.max(fallbackHigh, low + fallbackHigh);
  return low + row.random.next() * (high - low);
}

function integerOf(field: FieldModel, row: RowContext): number {
  const low = Math.ceil(field.min ?? 0);
  const high = Math.floor(field.max ?? low + 200);
  if (field.unique) return Math.min(high, low + row.index);
  return row.random.integer(low, high);
}

/** A string decimal within the bounds, rounded down to `places` so rounding never crosses the maximum. */
function decimalOf(field: FieldModel, row: RowContext, places: number, fallbackHigh: number): string {
  const value = numberBetween(field, row, 1, fallbackHigh);
  const factor = 10 ** places;
  const low = field.min ?? Number.NEGATIVE_INFINITY;
  const rounded = Math.max(Math.ceil(low * factor) / factor, Math.floor(value * factor) / factor);
  return rounded.toFixed(places);
}

function dateValueOf(field: FieldModel, row: RowContext): string {
  if (is(/birth/i, field)) return dateOf(-row.random.integer(20 * 365, 60 * 365));
  const start = Object.entries(row.values).find(
    ([name, value]) => /^start|from$|^begin/i.test(name) && typeof value === 'string',
  );
  if (is(/^end|until|^due/i, field) && start && typeof start[1] === 'string') {
    const startDay = (Date.parse(start[1]) - BASE_DAY) / DAY_MS;
    return dateOf(startDay + row.random.integer(1, 14));
  }
  return dateOf(row.index * 9 + row.random.integer(0, 8));
}

function datetimeOf(row: RowContext): string {
  const day = row.index * 9 + row.random.integer(0, 8);
  const minutes = row.random.integer(8 * 4, 16 * 4) * 15;
  return new Date(BASE_DAY + day * DAY_MS + minutes * 60_000).toISOString();
}

function fileOf(row: RowContext): SeedValue {
  const text = row.random.pick(row.vocabulary.sentences);
  const bytes = Buffer.from(text, 'utf8');
  return {
    name: `${row.entityKebab}-${String(row.index + 1)}.txt`,
    contentType: 'text/plain; charset=utf-8',
    size: bytes.length,
    dataBase64: bytes.toString('base64'),
  };
}

/** A value for the field that its generated Zod schema accepts and that reads as real data. */
export function seedValueOf(field: FieldModel, row: RowContext): SeedValue {
  switch (field.type) {
    case 'string':
      return stringOf(field, row);
    case 'text':
      return textOf(field, row);
    case 'email':
      return emailOf(field, row);
    case 'phone':
      return row.vocabulary.phoneOf(row.offset * 7 + row.index);
    case 'url': {
      const number = String(row.index + 1);
      const address = is(/web|site|home/i, field)
        ? `https://${row.entityKebab}-${number}.${row.slug}.example/`
        : `https://www.${row.slug}.example/${row.entityKebab}/${number}`;
      return fitLength(address, field);
    }
    case 'integer':
      return integerOf(field, row);
    case 'decimal':
      return decimalOf(field, row, 2, 100);
    case 'money':
      return decimalOf(field, row, 2, 5000);
    case 'boolean':
      return row.random.next() < 0.7;
    case 'date':
      return dateValueOf(field, row);
    case 'datetime':
      return datetimeOf(row);
    case 'enum': {
      const values = field.enumValues.map((value) => value.value);
      return values[(row.offset + row.index) % values.length] ?? null;
    }
    case 'json':
      return { source: 'seed', revision: row.index + 1, tags: [row.entityKebab, row.slug] };
    case 'file':
      return fileOf(row);
  }
}
