/**
 * Field lists written after an entity: "invoices with amount, due date and status paid/unpaid",
 * "المرضى مع الاسم ورقم الهوية والهاتف".
 * @module
 */
import { ARABIC_ENUM_INDEX, ENTITY_INDEX, FIELD_INDEX } from '../lexicon/index.js';
import { enumValueOf } from '../build/fields.js';
import { isPluralWord } from '../names.js';
import { splitList, tokenize } from '../text.js';

/** One field as the text named it. */
export interface NamedField {
  /** The words as written (English), or the lexicon key found (Arabic). */
  words: string;
  /** A lexicon key, when the words name a known field. */
  key?: string;
  values: string[];
  required: boolean;
  unique: boolean;
  /** A known entity named in a "has a …" list: a relation, not a field. */
  entity?: string;
}

export interface FieldList {
  fields: NamedField[];
  /** Where the list sits in the message, so its words are not read as entities too. */
  start: number;
  end: number;
}

/** A field list longer than this is prose; the cap also keeps long messages linear. */
const MAX_LIST_LENGTH = 400;

const ENGLISH_CONNECTOR =
  /^(?:'s?)?\s*(?:(?:\(|:|—)\s*|(?:,\s*)?(?:each |every )?(?:with|having|(?:that|which|who)\s+(?:has|have|holds?|stores?|includes?|contains?|records?)|containing|including|storing|holding|recording|(?:has|have)(?!\s+(?:many|multiple|several|one or more|a list of|any number of|lots of|zero or more|exactly|one|a single)\b)|(?:should|must|will|can) (?:have|store|record|include))(?:\s+(?:a|an|the|their|its|his|her|fields?|fields? for|details? (?:like|such as)|such as|like))*\s+)/i;
const LIST_END = /[.;!?\n]|\)|\b(?:that|which|who|where|so that|because|while|but)\b/i;
const DETERMINERS = /^(?:a|an|the|their|its|his|her|each|some|any|one|optional|also)\s+/i;
const ENUM_IN_ITEM =
  /^(.*?)\s*(?:\(([^)]*)\)|:\s*(.+)|\s+(?:of|as|either|is|which can be|can be|being)\s+(.+\b(?:or|\/)\b.+)|\s+([\w-]+(?:\s*\/\s*[\w-]+)+))\s*$/i;

/** English: the list after an entity mention ending at `from`, if the next words introduce one. */
export function englishFieldList(message: string, from: number): FieldList | undefined {
  const rest = message.slice(from, from + MAX_LIST_LENGTH);
  const connector = ENGLISH_CONNECTOR.exec(rest);
  if (!connector) return undefined;
  const startsWithParen = connector[0].trim().startsWith('(');
  const body = rest.slice(connector[0].length);
  const endMatch = startsWithParen ? /\)/.exec(body) : LIST_END.exec(body);
  const listText = body.slice(0, endMatch ? endMatch.index : body.length);
  const fields: NamedField[] = [];
  for (const item of splitList(listText)) {
    const named = englishItem(item);
    if (!named) break;
    fields.push(named);
    if (named.entity) continue;
  }
  if (fields.length === 0) return undefined;
  const start = from + connector[0].length;
  return { fields, start, end: start + listText.length };
}

function englishItem(raw: string): NamedField | undefined {
  // A field is a few words; longer items are prose, and skipping them keeps the patterns below cheap.
  if (raw.length > 120) return undefined;
  let item = raw.trim().replace(/\s+etc\.?$/i, '');
  let required = false;
  let unique = false;
  for (;;) {
    const before = item;
    item = item.replace(DETERMINERS, '');
    if (/^(?:required|mandatory)\s+/i.test(item)) required = true;
    if (/^unique\s+/i.test(item)) unique = true;
    item = item.replace(/^(?:required|mandatory|unique)\s+/i, '');
    if (item === before) break;
  }
  if (/\((?:required|mandatory)\)|\bis required\b/i.test(item)) required = true;
  if (/\(unique\)|\bis unique\b|\bmust be unique\b/i.test(item)) unique = true;
  item = item
    .replace(/\s*\((?:required|mandatory|unique)\)|\s+(?:is|must be) (?:required|unique)\b/gi, '')
    .trim();
  let values: string[] = [];
  const enumMatch = ENUM_IN_ITEM.exec(item);
  if (enumMatch?.[1] && /^[a-z][a-z ]*$/i.test(enumMatch[1].trim())) {
    const list = enumMatch[2] ?? enumMatch[3] ?? enumMatch[4] ?? enumMatch[5] ?? '';
    values = list
      .split(/\s*(?:,|\/|\bor\b|\band\b|\|)\s*/i)
      .map((value) => enumValueOf(value.trim()))
      .filter((value): value is string => value !== undefined);
    if (values.length >= 2) item = enumMatch[1].trim();
    else values = [];
  }
  if (/^(?:many|multiple|several|one or more|a list of|lots of|zero or more)\b/i.test(item)) return undefined;
  const words = item
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words.length === 0 || words.split(' ').length > 4) return undefined;
  const tokens = tokenize(words);
  const entity = ENTITY_INDEX.find(tokens)[0];
  if (entity && entity.from === 0 && entity.to === tokens.length) {
    return { words, values: [], required, unique, entity: entity.keys[0] };
  }
  const field = FIELD_INDEX.find(tokens)[0];
  const key = field && field.from === 0 && field.to === tokens.length ? field.keys[0] : undefined;
  if (entity && entity.from === 0 && !key) return undefined;
  // Fields are rarely plural ("notes" and "allergies" are in the lexicon); "and interviews" names an entity.
  if (!key && values.length === 0 && isPluralWord(words.split(' ').pop() ?? '')) return undefined;
  return { words, ...(key ? { key } : {}), values, required, unique };
}

const ARABIC_CONNECTOR =
  /^\s*(?:\(|:|،)?\s*(?:مع|تحتوي على|يحتوي على|تتضمن|يتضمن|تشمل|يشمل|لها|له|لديها|لديه|لكل منها|فيها|فيه|تحمل|يحمل|ببيانات|بيانات|وبياناتهم|وتشمل|ويشمل|من حيث)?\s*/;
const ARABIC_FILLER = new Set(['مع', 'و', 'او', 'ثم', 'كذلك', 'ايضا', 'علي', 'حقل', 'حقول', 'من']);

/** Arabic: known fields named right after an entity mention, until another entity or the clause ends. */
export function arabicFieldList(message: string, from: number): FieldList | undefined {
  const rest = message.slice(from, from + MAX_LIST_LENGTH);
  const connector = ARABIC_CONNECTOR.exec(rest);
  const offset = from + (connector ? connector[0].length : 0);
  const window = message.slice(offset, from + MAX_LIST_LENGTH);
  const endMatch = /[.;!?؟؛\n]/.exec(window);
  const span = endMatch ? window.slice(0, endMatch.index) : window;
  const tokens = tokenize(span);
  const fieldMentions = FIELD_INDEX.find(tokens);
  const entityMentions = ENTITY_INDEX.find(tokens);
  const fields: NamedField[] = [];
  let index = 0;
  let end = offset;
  while (index < tokens.length) {
    const field = fieldMentions.find((mention) => mention.from === index);
    if (field?.keys[0]) {
      const values = arabicEnumValues(span, field.end);
      fields.push({
        words: field.keys[0],
        key: field.keys[0],
        values: values.values,
        required: false,
        unique: false,
      });
      end = offset + Math.max(field.end, values.end);
      index = field.to;
      while (index < tokens.length && (tokens[index]?.start ?? 0) < values.end) index++;
      continue;
    }
    const token = tokens[index];
    const isEntity = entityMentions.some((mention) => mention.from === index);
    if (!token || isEntity || !ARABIC_FILLER.has(token.word)) break;
    index++;
  }
  return fields.length > 0 ? { fields, start: offset, end } : undefined;
}

function arabicEnumValues(span: string, from: number): { values: string[]; end: number } {
  const match = /^\s*(?:\(([^)]*)\)|:\s*([^،,.]+))/.exec(span.slice(from));
  const list = match?.[1] ?? match?.[2];
  if (!match || !list) return { values: [], end: from };
  const values = ARABIC_ENUM_INDEX.find(tokenize(list)).flatMap((mention) => mention.keys.slice(0, 1));
  return values.length >= 2
    ? { values: [...new Set(values)], end: from + match[0].length }
    : { values: [], end: from };
}
