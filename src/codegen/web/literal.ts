/**
 * Prints data (configs, labels, maps) as TypeScript literals laid out the way Prettier would lay them
 * out at print width 110, so generated files are formatted as emitted without running Prettier.
 * @module
 */
import { propertyKey, quote } from '../code.js';

export const PRINT_WIDTH = 110;

/** Code placed as is, e.g. an identifier such as `patientCreateSchema`. */
export class Raw {
  constructor(readonly code: string) {}
}

/** Object properties that are `undefined` are left out, as JSON would. */
export type Literal =
  string | number | boolean | Raw | readonly Literal[] | { readonly [key: string]: Literal | undefined };

type LiteralObject = { readonly [key: string]: Literal | undefined };

function entriesOf(value: LiteralObject): [string, Literal][] {
  return Object.entries(value).filter((entry): entry is [string, Literal] => entry[1] !== undefined);
}

// Full-width scripts count twice and combining marks not at all, as Prettier measures them.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}]/u;

/** The width of a line as Prettier measures it. */
export function displayWidth(text: string): number {
  // The ASCII fast path, as in Prettier.
  if (!/[^\x20-\x7F]/.test(text)) return text.length;
  let width = 0;
  for (const character of text) {
    if (ZERO_WIDTH.test(character)) continue;
    width += WIDE.test(character) ? 2 : 1;
  }
  return width;
}

function isObject(value: Literal): value is LiteralObject {
  return typeof value === 'object' && !(value instanceof Raw) && !Array.isArray(value);
}

function printNumber(value: number): string {
  return String(value).replace('e+', 'e');
}

/**
 * Prettier always breaks an array of two or more objects (or arrays) that each have more than one
 * entry, whatever their length.
 */
function mustBreak(value: readonly Literal[]): boolean {
  if (value.length < 2) return false;
  const allObjects = value.every((item) => isObject(item) && entriesOf(item).length > 1);
  const allArrays = value.every((item) => Array.isArray(item) && item.length > 1);
  return allObjects || allArrays;
}

/** The literal on one line, or null when Prettier would never put it on one line. */
function flat(value: Literal): string | null {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number') return printNumber(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Raw) return value.code.includes('\n') ? null : value.code;
  if (Array.isArray(value)) {
    if (mustBreak(value)) return null;
    const items = value.map(flat);
    return items.every((item) => item !== null) ? `[${items.join(', ')}]` : null;
  }
  const entries = entriesOf(value as LiteralObject);
  if (entries.length === 0) return '{}';
  const parts = entries.map(([key, item]) => {
    const printed = flat(item);
    return printed === null ? null : `${propertyKey(key)}: ${printed}`;
  });
  return parts.every((part) => part !== null) ? `{ ${parts.join(', ')} }` : null;
}

export interface LiteralPlacement {
  /** Spaces at the start of the line the literal begins on. */
  indent: number;
  /** Characters already on that line before the literal, indentation included. */
  before: number;
  /** Characters that follow the literal on its last line, such as `,` or `);`. */
  after: number;
  /** Break an object even if it would fit, as in a config where one property per line reads best. */
  expand?: boolean;
}

/** Prints a literal starting mid-line; continuation lines carry their own indentation. */
export function printLiteral(value: Literal, placement: LiteralPlacement): string {
  const { indent, before, after } = placement;
  const oneLine = placement.expand ? null : flat(value);
  if (oneLine !== null && before + displayWidth(oneLine) + after <= PRINT_WIDTH) return oneLine;
  const inner = ' '.repeat(indent + 2);
  const item = (literal: Literal, lead: string) =>
    `${inner}${lead}${printLiteral(literal, { indent: indent + 2, before: indent + 2 + lead.length, after: 1 })},`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return ['[', ...value.map((element: Literal) => item(element, '')), `${' '.repeat(indent)}]`].join('\n');
  }
  if (isObject(value)) {
    const entries = entriesOf(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, element]) => item(element, `${propertyKey(key)}: `));
    return ['{', ...lines, `${' '.repeat(indent)}}`].join('\n');
  }
  // Strings, numbers and plain code cannot break: Prettier lets them run past the width.
  return oneLine ?? flat(value) ?? (value as Raw).code;
}

/** `export const name: Type = <literal>;` laid out as Prettier would. */
export function constDeclaration(head: string, value: Literal, expand = false): string {
  const prefix = `${head} = `;
  return `${prefix}${printLiteral(value, { indent: 0, before: prefix.length, after: 1, expand })};`;
}

/** An import statement: one line when it fits, else one name per line. */
export function importStatement(names: readonly string[], from: string, typeOnly = false): string {
  const keyword = typeOnly ? 'import type' : 'import';
  const oneLine = `${keyword} { ${names.join(', ')} } from ${quote(from)};`;
  if (displayWidth(oneLine) <= PRINT_WIDTH) return oneLine;
  return [`${keyword} {`, ...names.map((name) => `  ${name},`), `} from ${quote(from)};`].join('\n');
}
