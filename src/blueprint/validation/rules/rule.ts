/**
 * What every semantic rule is: a pure function over a shape-valid Blueprint that reports problems.
 * @module
 */
import type { Blueprint } from '../../../contracts/index.js';
import { closestMatch } from '../../naming/closest.js';
import { pluralOf } from '../../naming/plural.js';
import { type PathSegment, quote, quoteList } from '../problem.js';

export type Report = (
  code: string,
  path: readonly PathSegment[],
  message: string,
  suggestion: string,
) => void;

export type Rule = (blueprint: Blueprint, report: Report) => void;

/**
 * Calls `onRepeat` for every item whose key was already seen, with the index of its first
 * occurrence. Linear in the number of items.
 */
export function forEachRepeat<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  onRepeat: (item: T, index: number, firstIndex: number) => void,
): void {
  const firstIndexByKey = new Map<string, number>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    const first = firstIndexByKey.get(key);
    if (first === undefined) firstIndexByKey.set(key, index);
    else onRepeat(item, index, first);
  });
}

/**
 * "use `Patient` (the closest existing entity); existing: …" or, when nothing is close, the list of
 * what exists, or how to create the thing when nothing exists at all.
 */
export function pointToExisting(
  name: string,
  existing: readonly string[],
  noun: string,
  create: string,
): string {
  const nouns = pluralOf(noun);
  const names = [...new Set(existing)];
  if (names.length === 0) return `there are no ${nouns} yet: ${create}`;
  const close = closestMatch(name, names);
  const list = names.length > 12 ? `${quoteList(names.slice(0, 12))}, …` : quoteList(names);
  return close
    ? `did you mean ${quote(close)}? Existing ${nouns}: ${list}; or ${create}`
    : `use one of the existing ${nouns} (${list}), or ${create}`;
}
