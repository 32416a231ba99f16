/**
 * Comparing Blueprint parts as JSON, and recording what changed as JSON values: a diff is stored
 * and served as JSON, so an absent property is `null` rather than `undefined`.
 * @module
 */
import type { PropertyChange } from '../../contracts/index.js';

/** Deep equality of JSON-like values; object key order does not matter, array order does. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return a === undefined ? b === null : b === undefined ? a === null : false;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) if (!sameJson(left[key], right[key])) return false;
  return true;
}

/** The value as plain JSON: `undefined` becomes `null`, and nothing is shared with the input. */
export function toJsonValue(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** The changes between two objects over the named properties, in the order the names are given. */
export function propertyChanges<T extends object>(
  before: T,
  after: T,
  keys: readonly (keyof T & string)[],
  prefix = '',
): PropertyChange[] {
  const changes: PropertyChange[] = [];
  for (const key of keys) {
    if (sameJson(before[key], after[key])) continue;
    changes.push({
      path: `${prefix}${key}`,
      before: toJsonValue(before[key]),
      after: toJsonValue(after[key]),
    });
  }
  return changes;
}

/** Code-unit order, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareText(keyOf(a), keyOf(b)));
}
