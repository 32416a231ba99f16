/**
 * Sorts problems in the order a reader meets their locations in the document: array items by index,
 * object keys in the order the Blueprint contract declares them.
 * @module
 */
import { z } from 'zod';
import type { BlueprintProblem } from '../../contracts/index.js';
import { Blueprint } from '../../contracts/index.js';
import type { LocatedProblem, PathSegment } from './problem.js';
import { unwrap } from './schema-walk.js';

type OrderKey = (number | string)[];

const keyIndexCache = new WeakMap<z.ZodObject, Map<string, number>>();

function keyIndex(schema: z.ZodObject, key: string): number | undefined {
  let indices = keyIndexCache.get(schema);
  if (!indices) {
    indices = new Map(Object.keys(schema.shape).map((name, index) => [name, index]));
    keyIndexCache.set(schema, indices);
  }
  return indices.get(key);
}

function orderKeyOf(path: readonly PathSegment[]): OrderKey {
  const key: OrderKey = [];
  let schema: z.ZodType | undefined = Blueprint;
  for (const segment of path) {
    const container: z.ZodType | undefined = schema === undefined ? undefined : unwrap(schema);
    if (typeof segment === 'number') {
      key.push(segment);
      schema = container instanceof z.ZodArray ? (container.element as z.ZodType) : undefined;
    } else if (container instanceof z.ZodObject) {
      // Keys the contract does not know (misspelt ones) sort after every declared key.
      key.push(keyIndex(container, segment) ?? Number.MAX_SAFE_INTEGER);
      schema = (container.shape as Record<string, z.ZodType>)[segment];
    } else {
      key.push(segment);
      schema = container instanceof z.ZodRecord ? (container.valueType as z.ZodType) : undefined;
    }
  }
  return key;
}

function compareKeys(left: OrderKey, right: OrderKey): number {
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    const a = left[index];
    const b = right[index];
    if (a === b) continue;
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b));
  }
  return left.length - right.length;
}

/** The problems sorted by location; problems at the same location keep the order they were found in. */
export function inDocumentOrder(problems: readonly LocatedProblem[]): BlueprintProblem[] {
  return problems
    .map((located, index) => ({ located, index, key: orderKeyOf(located.segments) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .map(({ located }) => located.problem);
}
