/**
 * One property of an object schema becomes a field (type from `type`/`format`/`enum`, bounds,
 * description) or a relation (`$ref` to another entity, or an array of them). Whatever cannot be
 * represented is kept as a json field with a warning naming the schema and property.
 * @module
 */
import type { FieldType } from '../../contracts/index.js';
import type { DraftField, DraftRelation } from '../draft/draft-model.js';
import { looksLikeMoney } from '../draft/guesses.js';
import type { ImportNotes } from '../import-types.js';
import type { SchemaRole } from './flatten-schema.js';
import {
  isRecord,
  localSchemaName,
  nullableReference,
  numberIn,
  stringIn,
  typeOf,
  written,
  type Schema,
} from './schema-access.js';

export type PropertyMapping =
  { kind: 'field'; field: DraftField } | { kind: 'relation'; relation: DraftRelation };

export interface PropertyScope {
  entity: string;
  roles: ReadonlyMap<string, SchemaRole>;
  notes: ImportNotes;
}

const STRING_FORMATS: Readonly<Record<string, FieldType>> = {
  email: 'email',
  date: 'date',
  'date-time': 'datetime',
  uri: 'url',
  url: 'url',
  'uri-reference': 'url',
  binary: 'file',
  byte: 'file',
};

export function mapProperty(
  name: string,
  schema: Schema,
  required: boolean,
  scope: PropertyScope,
): PropertyMapping {
  const path = `${scope.entity}.${name}`;
  const target = nullableReference(schema) ?? singleAllOfReference(schema) ?? schema;
  const referenced = localSchemaName(target);
  if (referenced !== undefined) return mapReference(name, referenced, schema, required, scope);
  if (target.$ref !== undefined)
    return jsonField(
      name,
      schema,
      required,
      scope,
      `\`${path}\` refers to \`${written(target.$ref)}\` outside this document`,
    );
  if (schema.oneOf !== undefined || schema.anyOf !== undefined) {
    return jsonField(name, schema, required, scope, `\`${path}\` is a oneOf/anyOf choice of schemas`);
  }
  if (typeOf(schema) === 'array') return mapArray(name, schema, required, scope);
  return { kind: 'field', field: valueField(name, schema, required, path, scope.notes) };
}

/** `allOf: [{ $ref: … }]` is a common way to attach a description to a reference. */
function singleAllOfReference(schema: Schema): Schema | undefined {
  const parts = Array.isArray(schema.allOf) ? schema.allOf : [];
  return parts.length === 1 && isRecord(parts[0]) && parts[0].$ref !== undefined ? parts[0] : undefined;
}

function mapReference(
  name: string,
  referenced: string,
  schema: Schema,
  required: boolean,
  scope: PropertyScope,
): PropertyMapping {
  const role = scope.roles.get(referenced);
  const path = `${scope.entity}.${name}`;
  if (role?.kind === 'entity') {
    return {
      kind: 'relation',
      relation: { kind: 'belongs-to', from: scope.entity, to: referenced, name, required },
    };
  }
  if (role?.kind === 'value') {
    // The property's own words (description, default) describe this use of the shared type best.
    const merged: Schema = { ...role.schema, ...withoutReference(schema) };
    return { kind: 'field', field: valueField(name, merged, required, path, scope.notes) };
  }
  const why =
    role === undefined
      ? `refers to \`${referenced}\`, which is not in components.schemas`
      : `refers to \`${referenced}\`, which was not imported`;
  return jsonField(name, schema, required, scope, `\`${path}\` ${why}`);
}

function withoutReference(schema: Schema): Schema {
  const rest: Schema = { ...schema };
  delete rest.$ref;
  delete rest.allOf;
  delete rest.anyOf;
  delete rest.oneOf;
  return rest;
}

function mapArray(name: string, schema: Schema, required: boolean, scope: PropertyScope): PropertyMapping {
  const items = isRecord(schema.items) ? schema.items : {};
  const referenced = localSchemaName(items);
  const path = `${scope.entity}.${name}`;
  if (referenced !== undefined && scope.roles.get(referenced)?.kind === 'entity') {
    return {
      kind: 'relation',
      relation: { kind: 'has-many', from: scope.entity, to: referenced, name, required: false },
    };
  }
  if (
    referenced === undefined &&
    items.$ref === undefined &&
    items.oneOf === undefined &&
    items.anyOf === undefined
  ) {
    scope.notes.info(`\`${path}\` is a list of ${typeOf(items) ?? 'values'}; imported as a json field`);
    const field = baseField(name, schema, required, 'json');
    return { kind: 'field', field };
  }
  return jsonField(
    name,
    schema,
    required,
    scope,
    `\`${path}\` is a list of ${referenced ? `\`${referenced}\`` : 'mixed or external schemas'}, which is not an imported entity`,
  );
}

function jsonField(
  name: string,
  schema: Schema,
  required: boolean,
  scope: PropertyScope,
  reason: string,
): PropertyMapping {
  scope.notes.warn(`${reason}; imported as a json field, so its structure is not checked`);
  return { kind: 'field', field: baseField(name, schema, required, 'json') };
}

function baseField(name: string, schema: Schema, required: boolean, type: FieldType): DraftField {
  const field: DraftField = { source: name, type, required, unique: false };
  const description = stringIn(schema, 'description');
  const title = stringIn(schema, 'title');
  if (description !== undefined && description.trim() !== '') field.description = description.trim();
  if (title !== undefined && title.trim() !== '') field.label = title.trim();
  return field;
}

function valueField(
  name: string,
  schema: Schema,
  required: boolean,
  path: string,
  notes: ImportNotes,
): DraftField {
  const type = typeOf(schema);
  const format = stringIn(schema, 'format');
  const field = baseField(name, schema, required, 'string');
  if (Array.isArray(schema.enum)) applyEnum(field, schema.enum, type, path, notes);
  else if (type === 'string') {
    field.type = format === undefined ? 'string' : (STRING_FORMATS[format] ?? 'string');
    if (format !== undefined) field.typeIsExplicit = true;
    if (format === 'password') field.dataClass = 'secret';
  } else if (type === 'integer') field.type = 'integer';
  else if (type === 'number') field.type = looksLikeMoney(name) ? 'money' : 'decimal';
  else if (type === 'boolean') field.type = 'boolean';
  else {
    if (type !== 'object' && type !== undefined)
      notes.warn(`\`${path}\` has type \`${type}\`, which the Blueprint does not know; imported as json`);
    if (
      type === 'object' &&
      (isRecord(schema.properties) ||
        (schema.additionalProperties !== undefined && schema.additionalProperties !== true))
    ) {
      notes.warn(
        `\`${path}\` is a nested object (properties or additionalProperties); imported as a json field, so its structure is not checked`,
      );
    }
    field.type = 'json';
  }
  copyConstraints(schema, field, path, notes);
  return field;
}

function applyEnum(
  field: DraftField,
  values: unknown[],
  type: string | undefined,
  path: string,
  notes: ImportNotes,
): void {
  const strings = values.filter((value): value is string => typeof value === 'string');
  if (strings.length > 0 && (type === 'string' || type === undefined)) {
    field.type = 'enum';
    field.values = strings.map((value) => ({ source: value }));
    if (strings.length < values.length)
      notes.warn(`\`${path}\` has enum values that are not text; only the text values are kept`);
    return;
  }
  field.type = type === 'integer' ? 'integer' : type === 'number' ? 'decimal' : 'json';
  notes.warn(
    `\`${path}\` allows only ${values.map((value) => JSON.stringify(value)).join(', ')}; the Blueprint keeps enums as text, so these values are not enforced`,
  );
}

function copyConstraints(schema: Schema, field: DraftField, path: string, notes: ImportNotes): void {
  const minLength = numberIn(schema, 'minLength');
  const maxLength = numberIn(schema, 'maxLength');
  const minimum = numberIn(schema, 'minimum') ?? numberIn(schema, 'exclusiveMinimum');
  const maximum = numberIn(schema, 'maximum') ?? numberIn(schema, 'exclusiveMaximum');
  if (minLength !== undefined) field.minLength = minLength;
  if (maxLength !== undefined) field.maxLength = maxLength;
  if (minimum !== undefined) field.min = minimum;
  if (maximum !== undefined) field.max = maximum;
  if (schema.exclusiveMinimum !== undefined || schema.exclusiveMaximum !== undefined) {
    notes.info(`\`${path}\` has an exclusive bound; imported as an inclusive one`);
  }
  if (schema.pattern !== undefined) {
    notes.warn(
      `pattern of \`${path}\` not carried over: generated platforms do not run imported regular expressions`,
    );
  }
  const fallback = schema.default;
  if (typeof fallback === 'string' || typeof fallback === 'number' || typeof fallback === 'boolean')
    field.default = fallback;
}
