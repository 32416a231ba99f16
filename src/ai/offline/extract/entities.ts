/**
 * Entities named in the text: lexicon words in English and Arabic (broken plurals included), and
 * plural English nouns in lists that no lexicon knows ("a fleet of drones").
 * @module
 */
import pluralize from 'pluralize';
import { AMBIGUOUS_SINGULARS, ENTITY_INDEX, FIELD_INDEX } from '../lexicon/index.js';
import { isPluralWord, safeEntityName, singularOfPhrase, toPascal } from '../names.js';
import { splitList, tokenize, type Token } from '../text.js';
import { sentenceNouns } from './sentence-nouns.js';
import { arabicFieldList, englishFieldList, type FieldList } from './field-lists.js';

export interface EntityMention {
  name: string;
  /** The words as written, e.g. `appointments` or `المواعيد`. */
  phrase: string;
  start: number;
  end: number;
  /** False for nouns no lexicon knows. */
  known: boolean;
  /** The lexicon entity the words are only an alias of, when another domain's reading was declined. */
  declined?: string;
  /** Other lexicon entities the same words could have named ("rooms": `Classroom` beside `Room`). */
  couldName?: readonly string[];
}

export interface TextEntities {
  mentions: EntityMention[];
  /** Field lists keyed by the entity they follow. */
  fieldLists: Array<{ entity: string; list: FieldList }>;
}

/**
 * Picks the entity a lexicon word stands for among its candidates, given the words as written;
 * undefined when none may stand for them, so the person's own word names the entity instead.
 */
export type EntityPreference = (candidates: readonly string[], written: string) => string | undefined;

export function findEntities(message: string, prefer: EntityPreference): TextEntities {
  const tokens = tokenize(message);
  const found = ENTITY_INDEX.find(tokens)
    .filter((mention, index, all) => {
      const written = message.slice(mention.start, mention.end);
      if (!isAmbiguousSingular(mention.phrase, tokens, mention.from, written)) return true;
      // "medicines and stock": an ambiguous word listed right after an entity is one too.
      const previous = all[index - 1];
      return (
        previous !== undefined &&
        /^\s*(?:,|and|or|&)\s*(?:the|a|an|their|its)?\s*$/i.test(message.slice(previous.end, mention.start))
      );
    })
    .map((mention) => {
      const phrase = message.slice(mention.start, mention.end);
      return { mention, phrase, name: prefer(mention.keys, phrase) };
    });
  const chosen = new Set(found.map((item) => item.name));
  const known: EntityMention[] = found.map(({ mention, phrase, name }) => {
    // An alias of an entity this text names by its own word is that entity ("claims" after "insurance claims").
    const named = name ?? mention.keys.find((key) => chosen.has(key));
    const others = mention.keys.filter((key) => key !== named);
    return {
      ...(others.length > 0 ? { couldName: others } : {}),
      name: named ?? safeEntityName(toPascal(singularOfPhrase(phrase.toLowerCase()))),
      phrase,
      start: mention.start,
      end: mention.end,
      known: named !== undefined,
      ...(named === undefined && mention.keys[0] ? { declined: mention.keys[0] } : {}),
    };
  });
  const fieldLists: TextEntities['fieldLists'] = [];
  const consumed: Array<[number, number]> = [];
  for (const mention of known) {
    if (consumed.some(([start, end]) => mention.start >= start && mention.start < end)) continue;
    const list = /[\u0600-\u06FF]/.test(mention.phrase)
      ? arabicFieldList(message, mention.end)
      : englishFieldList(message, mention.end);
    if (!list) continue;
    const entityItems = list.fields.filter((field) => field.entity).length;
    // A list that is mostly entities ("reservations: rooms, guests and …") names entities, not fields.
    if (entityItems * 2 >= list.fields.length) {
      const plainItems = list.fields.filter(
        (field) => field.entity || !isPluralWord(field.words.split(' ').pop() ?? ''),
      );
      fieldLists.push({ entity: mention.name, list: { ...list, fields: plainItems } });
      continue;
    }
    fieldLists.push({ entity: mention.name, list });
    consumed.push([list.start, list.end]);
  }
  const outside = (position: number): boolean =>
    !consumed.some(([start, end]) => position >= start && position < end);
  const unknown = unknownEntities(message, known, outside);
  const later = laterMentions(message, unknown, known);
  // Every mention may start a list: "memberships … Each membership has a desk and a room".
  for (const mention of [...unknown, ...later]) {
    const list = englishFieldList(message, mention.end);
    if (list) fieldLists.push({ entity: mention.name, list });
  }
  const mentions = [...known.filter((mention) => outside(mention.start)), ...unknown, ...later];
  return {
    mentions: mentions.sort((a, b) => a.start - b.start),
    fieldLists: linkNamedEntities(fieldLists, unknown),
  };
}

/**
 * "each voyage has a captain and a vessel": list items that name an entity the text found elsewhere
 * (no lexicon knows "captain", but "captains sail vessels" made it one) are relations, not fields.
 */
function linkNamedEntities(
  lists: TextEntities['fieldLists'],
  unknown: readonly EntityMention[],
): TextEntities['fieldLists'] {
  const names = new Set(unknown.map((mention) => mention.name));
  return lists.map(({ entity, list }) => ({
    entity,
    list: {
      ...list,
      fields: list.fields.map((field) => {
        if (field.entity || field.key || /[\u0600-\u06FF]/.test(field.words)) return field;
        const name = safeEntityName(toPascal(singularOfPhrase(field.words.toLowerCase())));
        return names.has(name) && name !== entity ? { ...field, entity: name } : field;
      }),
    },
  }));
}

/** Every other place an unknown entity is named ("drones" first, then "a drone"), for relations. */
function laterMentions(
  message: string,
  unknown: readonly EntityMention[],
  known: readonly EntityMention[],
): EntityMention[] {
  const taken = [...unknown, ...known];
  const extra: EntityMention[] = [];
  for (const mention of unknown) {
    // The head noun too: "job openings" is later "an opening".
    const singular = pluralize.singular(mention.phrase.toLowerCase().split(' ').pop() ?? mention.phrase);
    const words = new RegExp(`\\b(?:${escape(singular)}|${escape(pluralize.plural(singular))})\\b`, 'gi');
    for (const match of message.matchAll(words)) {
      const start = match.index;
      const end = start + match[0].length;
      if (
        taken.some((other) => start < other.end && end > other.start) ||
        extra.some((other) => other.start === start)
      )
        continue;
      extra.push({ name: mention.name, phrase: match[0], start, end, known: false });
    }
  }
  return extra;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function isAmbiguousSingular(
  phrase: string,
  tokens: readonly Token[],
  index: number,
  written: string,
): boolean {
  const word = written.toLowerCase();
  if (!AMBIGUOUS_SINGULARS.has(word) || phrase.includes(' ')) return false;
  const previous = tokens[index - 1]?.word;
  return !(previous === 'each' || previous === 'every' || previous === 'per' || previous === 'one');
}

const LIST_TRIGGER =
  /\b(?:manage|manages|managing|track|tracks|tracking|handle|handles|handling|store|stores|storing|record|records|recording|keep track of|keeps track of|organi[sz]e|organi[sz]es|schedule|schedules|register|registers|monitor|monitors|list|lists|catalog of|catalogue of|fleet of|network of|with|for|of|including|includes|covering|about|and)\s+|:\s*/gi;
const LIST_STOP =
  /[.;:!?\n(]|\b(?:that|which|who|where|so|to|by|because|while|in order|from|on|at|into|using|via|through)\b/i;
const DETERMINER =
  /^(?:a|an|the|all|our|their|its|his|her|each|every|multiple|many|several|various|different|any|some|new|existing|other|own|online|local)\s+/i;
const NOT_ENTITIES = new Set(
  'data information details things people users records reports features pages screens roles permissions languages notifications emails messages sms settings dashboards analytics statistics times dates hours days years months minutes weeks needs requirements processes operations workflows tools modules apps systems platforms websites rules steps levels types kinds fields options changes updates uploads ones others sales purposes reasons ways parts uses kpis metrics insights charts graphs reminders alerts logins accounts areas regions countries cities lots numbers amounts prices costs fees totals names phones addresses photos images files results items services questions answers tasks hundreds thousands dozens members customers admins administrators managers staff employees'.split(
    ' ',
  ),
);

/** Plural English nouns in lists after verbs such as "manage" or "track" that no lexicon knows. */
function unknownEntities(
  message: string,
  known: readonly EntityMention[],
  outside: (position: number) => boolean,
): EntityMention[] {
  const found: EntityMention[] = [];
  const knownStarts = new Set(known.map((mention) => mention.start));
  for (const trigger of message.matchAll(LIST_TRIGGER)) {
    const from = trigger.index + trigger[0].length;
    if (!outside(from)) continue;
    const rest = message.slice(from, from + 400);
    const stop = LIST_STOP.exec(rest);
    const listText = rest.slice(0, stop ? stop.index : rest.length);
    let offset = from;
    for (const item of splitList(listText)) {
      const itemAt = message.indexOf(item, offset);
      offset = itemAt + item.length;
      const candidate = unknownEntityItem(item);
      if (!candidate || itemAt < 0) continue;
      // Where the noun itself sits: "adopters apply for adoptions" names adoptions, not adopters.
      const position = itemAt + Math.max(0, item.indexOf(candidate.phrase));
      if (knownStarts.has(position) || !outside(position)) continue;
      if (
        found.some((mention) => mention.name === candidate.name) ||
        known.some((k) => k.start <= position && k.end > position)
      )
        continue;
      found.push({ ...candidate, start: position, end: position + candidate.phrase.length, known: false });
      knownStarts.add(position);
    }
  }
  for (const noun of sentenceNouns(message)) {
    // "Tracks inventory": a capitalised verb is no subject when the word after it is a known noun.
    if (noun.verb !== undefined && ENTITY_INDEX.find(tokenize(noun.verb)).length > 0) continue;
    const overlaps = known.some((k) => k.start < noun.end && k.end > noun.start);
    if (overlaps || knownStarts.has(noun.start) || !outside(noun.start)) continue;
    const candidate = unknownEntityItem(noun.phrase);
    if (!candidate || found.some((mention) => mention.name === candidate.name)) continue;
    found.push({ ...candidate, start: noun.start, end: noun.end, known: false });
    knownStarts.add(noun.start);
  }
  for (const subject of message.matchAll(EACH_SUBJECT)) {
    const word = subject[1]?.toLowerCase() ?? '';
    const position = subject.index + subject[0].indexOf(subject[1] ?? '');
    if (NOT_ENTITIES.has(pluralize.plural(word)) || knownStarts.has(position) || !outside(position)) continue;
    if (isKnownWord(word)) continue;
    const name = safeEntityName(toPascal(word));
    if (found.some((mention) => mention.name === name)) continue;
    found.push({
      name,
      phrase: subject[1] ?? word,
      start: position,
      end: position + word.length,
      known: false,
    });
  }
  return found;
}

const isKnownWord = (words: string): boolean =>
  ENTITY_INDEX.find(tokenize(words)).length > 0 || FIELD_INDEX.find(tokenize(words)).length > 0;

/** "each flight belongs to a drone": a singular noun after "each" that the sentence treats as a record. */
const EACH_SUBJECT =
  /\b(?:each|every)\s+([a-z]{4,})\s+(?:belongs?|has|have|is|must|can|should|references|records?)\b/gi;

function unknownEntityItem(item: string): { name: string; phrase: string } | undefined {
  let phrase = item
    .trim()
    // "sensors for each greenhouse" names sensors; the "for each" part is a relation.
    .replace(/\s+(?:for|per)\s+(?:each|every|one)\b.*$/i, '')
    .replace(/^.*\b(?:of|for)\s+/i, '')
    .replace(/\s+(?:with|having|that|which|who)\b.*$/i, '');
  while (DETERMINER.test(phrase)) phrase = phrase.replace(DETERMINER, '');
  if (!/^[a-z]+(?: [a-z]+){0,2}$/i.test(phrase)) return undefined;
  const words = phrase.toLowerCase().split(' ');
  const last = words[words.length - 1] ?? '';
  if (!isPluralWord(last) || NOT_ENTITIES.has(last) || last.length < 4) return undefined;
  // A plural before the head makes a clause ("captains sail vessels"), not a compound noun.
  if (words.slice(0, -1).some((word) => isPluralWord(word))) return undefined;
  const tokens = tokenize(phrase);
  if (ENTITY_INDEX.find(tokens).length > 0 || FIELD_INDEX.find(tokens).length > 0) return undefined;
  const singular = [...words.slice(0, -1), pluralize.singular(last)].join(' ');
  return { name: safeEntityName(toPascal(singular)), phrase };
}
