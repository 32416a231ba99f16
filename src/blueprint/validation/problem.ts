/**
 * Building `BlueprintProblem`s: readable paths (`entities[2].fields[0].name`), JSON Pointers
 * (`/entities/2/fields/0/name`), and document order.
 * @module
 */
import type { BlueprintProblem } from '../../contracts/index.js';

export type PathSegment = string | number;

/** `['entities', 2, 'label', 'ar-SA']` → `entities[2].label["ar-SA"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** `['entities', 2, 'name']` → `/entities/2/name`, escaping `~` and `/` as RFC 6901 requires. */
export function toPointer(path: readonly PathSegment[]): string {
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** A problem found at `path`, kept with its segments so problems can be sorted in document order. */
export interface LocatedProblem {
  segments: readonly PathSegment[];
  problem: BlueprintProblem;
}

export function problemAt(
  code: string,
  path: readonly PathSegment[],
  message: string,
  suggestion: string,
): LocatedProblem {
  return {
    segments: path,
    problem: { code, path: formatPath(path), pointer: toPointer(path), message, suggestion },
  };
}

/** Quotes a name for a message, e.g. `order` → "`order`". */
export const quote = (name: string | number): string => `\`${name}\``;

/** `a, b and c` style lists of quoted names. */
export function quoteList(names: readonly (string | number)[]): string {
  return names.map(quote).join(', ');
}

/** "`a`, `b` or `c`", for offering alternatives. */
export function quoteAlternatives(names: readonly string[]): string {
  const quoted = names.map(quote);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
