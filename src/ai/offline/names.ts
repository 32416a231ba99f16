/**
 * Naming for generated Blueprint members, on top of `src/blueprint`'s helpers: plural phrases,
 * names that generated code can use (`order` → `orderNumber`), and ASCII slugs.
 * @module
 */
import pluralize from 'pluralize';
import {
  humanize as humanizeName,
  isReservedEntityName,
  isReservedIdentifier,
  pluralOf,
  saferEntityNames,
  saferMemberNames,
  toCamelCase,
  toKebabCase,
  toPascalCase,
} from '../../blueprint/index.js';

export const toCamel = toCamelCase;
export const toPascal = toPascalCase;
export const toKebab = toKebabCase;
export const humanize = humanizeName;

/** Plural of the last word of a phrase: `lab result` → `lab results`. */
export function pluralOfPhrase(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop() ?? '';
  return [...words, pluralize.plural(last)].join(' ');
}

export function singularOfPhrase(phrase: string): string {
  const words = phrase.split(' ');
  const last = words.pop() ?? '';
  return [...words, pluralize.singular(last)].join(' ');
}

export function isPluralWord(word: string): boolean {
  return pluralize.isPlural(word) && pluralize.singular(word) !== word;
}

/** `LabResult` → `labResults`: the name of a list page or a has-many side. */
export function pluralMemberName(entityName: string): string {
  return toCamelCase(pluralOf(entityName));
}

/** A field or relation name that generated code can use: `order` becomes `orderNumber`. */
export function safeMemberName(name: string, owner?: string): string {
  if (!isReservedIdentifier(name)) return name;
  return saferMemberNames(name, owner)[0] ?? `${name}Value`;
}

/** An entity name that generated code can use: `User` becomes `Member`. */
export function safeEntityName(name: string): string {
  if (!isReservedEntityName(name)) return name;
  return saferEntityNames(name)[0] ?? `${name}Item`;
}

/** ASCII kebab-case slug of 2–63 characters, or undefined when the text has no Latin letters. */
export function slugOf(text: string): string | undefined {
  const slug = toKebabCase(text).slice(0, 63).replace(/-+$/, '');
  return /^[a-z][a-z0-9-]*[a-z0-9]$/.test(slug) ? slug : undefined;
}
