/**
 * Decides what each component schema is (an entity, a value type such as an enum, or something a
 * Blueprint cannot hold) and flattens simple `allOf` compositions into one set of properties.
 * @module
 */
import type { ImportNotes } from '../import-types.js';
import { isRecord, localSchemaName, schemasIn, typeOf, written, type Schema } from './schema-access.js';

export type SchemaRole =
  | { kind: 'entity'; properties: Map<string, Schema>; required: Set<string>; schema: Schema }
  | { kind: 'value'; schema: Schema }
  | { kind: 'unusable'; reason: string };

/** Classifies every schema once, so properties that reference one another agree on what they point at. */
export function classifySchemas(
  schemas: ReadonlyMap<string, Schema>,
  notes: ImportNotes,
): Map<string, SchemaRole> {
  const roles = new Map<string, SchemaRole>();
  for (const [name, schema] of schemas) {
    const role = classify(name, schema, schemas, notes);
    if (role.kind === 'unusable') notes.warn(`schema \`${name}\` not imported: ${role.reason}`);
    roles.set(name, role);
  }
  return roles;
}

function classify(
  name: string,
  schema: Schema,
  schemas: ReadonlyMap<string, Schema>,
  notes: ImportNotes,
): SchemaRole {
  if (schema.oneOf !== undefined || schema.anyOf !== undefined) {
    const keyword = schema.oneOf !== undefined ? 'oneOf' : 'anyOf';
    return {
      kind: 'unusable',
      reason: `it is a choice between schemas (${keyword}), while an entity has one fixed set of fields; model each choice as its own schema`,
    };
  }
  const merged = schema.allOf === undefined ? schema : mergeAllOf(name, schema, schemas, notes);
  const type = typeOf(merged);
  if (type === 'array') {
    return { kind: 'unusable', reason: 'it is a list; the entity is the schema of its items' };
  }
  const properties = isRecord(merged.properties) ? merged.properties : undefined;
  if (type !== 'object' && properties === undefined) {
    return type === undefined && merged.enum === undefined
      ? { kind: 'unusable', reason: 'it has no type and no properties' }
      : { kind: 'value', schema: merged };
  }
  if (properties === undefined || Object.keys(properties).length === 0) {
    if (merged.additionalProperties !== undefined && merged.additionalProperties !== false) {
      return {
        kind: 'unusable',
        reason: 'it is a free-form map (additionalProperties only); use it as a json field instead',
      };
    }
  }
  if (merged.discriminator !== undefined) {
    notes.warn(`discriminator of schema \`${name}\` not carried over: the Blueprint has no subtypes`);
  }
  if (merged.additionalProperties !== undefined && merged.additionalProperties !== false && properties) {
    notes.warn(`schema \`${name}\` allows additional properties; only its named properties are imported`);
  }
  const required = new Set(
    Array.isArray(merged.required) ? merged.required.filter((key) => typeof key === 'string') : [],
  );
  const propertyMap = new Map(
    Object.entries(properties ?? {}).flatMap(([key, value]) => (isRecord(value) ? [[key, value]] : [])),
  );
  return { kind: 'entity', properties: propertyMap, required, schema: merged };
}

/**
 * Copies the properties of every `allOf` part (inline objects and references to object schemas) into
 * one object; the Blueprint has no inheritance, so a referenced parent's fields are repeated.
 */
function mergeAllOf(
  name: string,
  schema: Schema,
  schemas: ReadonlyMap<string, Schema>,
  notes: ImportNotes,
  visiting: Set<string> = new Set([name]),
): Schema {
  const properties: Schema = {};
  const required: unknown[] = [];
  const parents: string[] = [];
  const parts = [...(schemasIn(schema, 'allOf') ?? []), { ...schema, allOf: undefined }];
  for (const part of parts) {
    const referenced = localSchemaName(part);
    let resolved = part;
    if (referenced !== undefined) {
      const target = schemas.get(referenced);
      if (target === undefined || visiting.has(referenced)) {
        notes.warn(
          `allOf part \`${written(part.$ref)}\` of schema \`${name}\` could not be resolved; its properties are missing`,
        );
        continue;
      }
      parents.push(referenced);
      resolved =
        target.allOf === undefined
          ? target
          : mergeAllOf(referenced, target, schemas, notes, new Set([...visiting, referenced]));
    } else if (part.$ref !== undefined) {
      notes.warn(
        `allOf part \`${written(part.$ref)}\` of schema \`${name}\` is outside this document; its properties are missing`,
      );
      continue;
    }
    if (resolved.oneOf !== undefined || resolved.anyOf !== undefined) {
      notes.warn(`allOf part of schema \`${name}\` is a oneOf/anyOf choice; its properties are missing`);
      continue;
    }
    if (isRecord(resolved.properties)) Object.assign(properties, resolved.properties);
    if (Array.isArray(resolved.required)) required.push(...(resolved.required as unknown[]));
  }
  if (parents.length > 0) {
    notes.info(
      `schema \`${name}\` includes the properties of ${parents.map((parent) => `\`${parent}\``).join(', ')} (allOf); ` +
        'they are copied, since the Blueprint has no inheritance',
    );
  }
  const merged: Schema = { ...schema, type: 'object', properties, required };
  delete merged.allOf;
  return merged;
}
