/**
 * Typed reads from untyped JSON Schema objects.
 * @module
 */

export type Schema = Record<string, unknown>;

export function isRecord(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringIn(schema: Schema, key: string): string | undefined {
  const value = schema[key];
  return typeof value === 'string' ? value : undefined;
}

export function numberIn(schema: Schema, key: string): number | undefined {
  const value = schema[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function schemasIn(schema: Schema, key: string): Schema[] | undefined {
  const value = schema[key];
  return Array.isArray(value) ? value.filter(isRecord) : undefined;
}

/** `#/components/schemas/Pet` → `Pet`; `undefined` for other references (external files, paths). */
export function localSchemaName(schema: Schema): string | undefined {
  const ref = stringIn(schema, '$ref');
  const match = ref === undefined ? null : /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match?.[1] === undefined
    ? undefined
    : decodeURIComponent(match[1].replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** The schema's type without `null` (OpenAPI 3.1 writes `type: [string, 'null']`). */
export function typeOf(schema: Schema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) {
    const types = type.filter((entry): entry is string => typeof entry === 'string' && entry !== 'null');
    return types.length === 1 ? types[0] : undefined;
  }
  return undefined;
}

/** `anyOf: [{ $ref }, { type: 'null' }]` is how 3.1 documents write a nullable reference. */
export function nullableReference(schema: Schema): Schema | undefined {
  const options = schemasIn(schema, 'anyOf') ?? schemasIn(schema, 'oneOf');
  if (options?.length !== 2) return undefined;
  const real = options.filter((option) => typeOf(option) !== 'null' || option.$ref !== undefined);
  const nulls = options.filter((option) => option.type === 'null');
  return real.length === 1 && nulls.length === 1 ? real[0] : undefined;
}

/** A value from the document as it would be written there, for messages. */
export function written(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
