/**
 * Finds the part of the Blueprint contract that describes a location, so problems can list the keys
 * allowed there, the options of an enum, and be sorted in the order the contract declares keys.
 * @module
 */
import { z } from 'zod';
import { Blueprint } from '../../contracts/index.js';
import type { PathSegment } from './problem.js';

/** Strips optional and default wrappers down to the schema that holds the structure. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The unwrapped schema at a path in a Blueprint, or `undefined` when the path leaves the contract. */
export function schemaAt(path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = Blueprint;
  for (const segment of path) {
    if (current === undefined) return undefined;
    current = childSchema(unwrap(current), segment);
  }
  return current === undefined ? undefined : unwrap(current);
}

function childSchema(schema: z.ZodType, segment: PathSegment): z.ZodType | undefined {
  if (schema instanceof z.ZodObject && typeof segment === 'string') {
    return (schema.shape as Record<string, z.ZodType>)[segment];
  }
  if (schema instanceof z.ZodArray && typeof segment === 'number') return schema.element as z.ZodType;
  if (schema instanceof z.ZodRecord && typeof segment === 'string') return schema.valueType as z.ZodType;
  return undefined;
}

/** The keys an object at `path` may have, in declared order; empty when `path` is not an object. */
export function allowedKeysAt(path: readonly PathSegment[]): string[] {
  const schema = schemaAt(path);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** The options of the enum at `path`, or an empty list. */
export function enumOptionsAt(path: readonly PathSegment[]): string[] {
  const schema = schemaAt(path);
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element as z.ZodType);
    if (element instanceof z.ZodEnum) return element.options.map(String);
  }
  return [];
}

/** True when the key at the end of `path` is optional or has a default (so it need not be written). */
export function isOptionalAt(path: readonly PathSegment[]): boolean {
  const parent = schemaAt(path.slice(0, -1));
  const key = path.at(-1);
  if (!(parent instanceof z.ZodObject) || typeof key !== 'string') return false;
  const child = (parent.shape as Record<string, z.ZodType>)[key];
  return child instanceof z.ZodOptional || child instanceof z.ZodDefault;
}
