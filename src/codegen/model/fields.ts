import type { Entity, Field } from '../../contracts/index.js';
import { columnNameOf } from '../../blueprint/index.js';
import type { FieldModel } from './types.js';

const ENCRYPTED_CLASSES = new Set(['health', 'payment-card', 'secret']);
const TEXT_TYPES = new Set(['string', 'text', 'email', 'phone', 'url']);
const UNFILTERABLE_TYPES = new Set(['text', 'json', 'file']);

export function fieldModelOf(field: Field): FieldModel {
  const encrypted = ENCRYPTED_CLASSES.has(field.dataClass);
  return {
    name: field.name,
    column: columnNameOf(field.name),
    label: field.label,
    type: field.type,
    required: field.required,
    // A unique index cannot see through encryption with a random nonce; see README "Limits".
    unique: field.unique && !encrypted,
    default: field.default,
    min: field.min,
    max: field.max,
    minLength: field.minLength,
    maxLength: field.maxLength,
    enumValues: (field.values ?? []).map((value) => ({ value: value.value, label: value.label })),
    currency: field.currency,
    dataClass: field.dataClass,
    encrypted,
    searchable: !encrypted && TEXT_TYPES.has(field.type),
    filterable: !encrypted && !UNFILTERABLE_TYPES.has(field.type),
  };
}

/** The declared display field, else the first string field, else the first field. */
export function displayFieldOf(entity: Entity): string {
  if (entity.displayField) return entity.displayField;
  const firstString = entity.fields.find((field) => field.type === 'string');
  return (firstString ?? entity.fields[0])?.name ?? 'id';
}
