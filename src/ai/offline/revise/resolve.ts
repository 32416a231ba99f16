/**
 * Finds the entities and fields of the current Blueprint that a revision message refers to.
 * @module
 */
import type { Blueprint, Entity, Field } from '../../../contracts/index.js';
import { ENTITY_INDEX, FIELD_INDEX } from '../lexicon/index.js';
import { pluralMemberName, safeMemberName, singularOfPhrase, toCamel, toPascal } from '../names.js';
import { tokenize } from '../text.js';

/** Existing entities named in the text, by lexicon word, name, or label in any locale. */
export function entitiesIn(blueprint: Blueprint, text: string): Entity[] {
  const found: Entity[] = [];
  const add = (entity: Entity | undefined): void => {
    if (entity && !found.includes(entity)) found.push(entity);
  };
  for (const mention of ENTITY_INDEX.find(tokenize(text))) {
    add(blueprint.entities.find((entity) => mention.keys.includes(entity.name)));
  }
  const lower = text.toLowerCase();
  for (const entity of blueprint.entities) {
    const names = [
      entity.name,
      ...Object.values(entity.label),
      ...Object.values(entity.pluralLabel),
      pluralMemberName(entity.name),
    ];
    if (names.some((name) => name.length > 2 && containsWord(lower, name.toLowerCase()))) add(entity);
  }
  return found.sort((a, b) => positionOf(lower, a) - positionOf(lower, b));
}

function positionOf(lower: string, entity: Entity): number {
  const positions = [entity.name, ...Object.values(entity.label), ...Object.values(entity.pluralLabel)]
    .map((name) => lower.indexOf(name.toLowerCase()))
    .filter((index) => index >= 0);
  return positions.length > 0 ? Math.min(...positions) : Number.MAX_SAFE_INTEGER;
}

function containsWord(text: string, word: string): boolean {
  const index = text.indexOf(word);
  if (index < 0) return false;
  const before = text[index - 1];
  const after = text[index + word.length];
  return (!before || !/[a-z]/.test(before)) && (!after || !/[a-z]/.test(after) || after === 's');
}

/** The field name the words stand for: a lexicon key, or the camelCase of the English words. */
export function fieldNameFor(words: string): string | undefined {
  const tokens = tokenize(words);
  const mention = FIELD_INDEX.find(tokens)[0];
  if (mention?.keys[0] && mention.from === 0 && mention.to === tokens.length) return mention.keys[0];
  const english = words
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .trim();
  return english.length > 0 ? safeMemberName(toCamel(english)) : undefined;
}

/** The entity name the words stand for: a lexicon entity, or the PascalCase singular of English words. */
export function entityNameFor(words: string): string | undefined {
  const tokens = tokenize(words);
  const mention = ENTITY_INDEX.find(tokens)[0];
  if (mention?.keys[0] && mention.from === 0 && mention.to === tokens.length) return mention.keys[0];
  const english = words
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .trim();
  return english.length > 0 ? toPascal(singularOfPhrase(english)) : undefined;
}

/** A field of `entities` (or of any entity) named by the words, matching by name or label. */
export function findField(
  blueprint: Blueprint,
  words: string,
  entities: readonly Entity[],
): { entity: Entity; field: Field } | undefined {
  const candidates = entities.length > 0 ? entities : blueprint.entities;
  const name = fieldNameFor(words);
  const lower = words.toLowerCase();
  for (const entity of candidates) {
    const field = entity.fields.find(
      (item) =>
        item.name === name || Object.values(item.label).some((label) => label.toLowerCase() === lower.trim()),
    );
    if (field) return { entity, field };
  }
  return undefined;
}

/** Removes the words that name entities, leaving what may name a field: "patients' national id" → "national id". */
export function withoutEntityWords(blueprint: Blueprint, text: string): string {
  let rest = text;
  for (const mention of ENTITY_INDEX.find(tokenize(text)).reverse()) {
    if (blueprint.entities.some((entity) => mention.keys.includes(entity.name)))
      rest = rest.slice(0, mention.start) + rest.slice(mention.end);
  }
  return rest
    .replace(/'s?\b|’s?/g, ' ')
    .replace(
      /\b(?:the|of|for|on|in|a|an|field|column|property|their|its|all|every|each|make|should|must|be|is|are|to)\b/gi,
      ' ',
    )
    .replace(/(?:^|\s)(?:حقل|اجعل|اجعلي|يجب|ان|يكون|تكون|في|على|لل|ل)(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
