import type { FieldModel } from './types.js';

/**
 * The PostgreSQL column type of a field, shared by the initial migration and the migrations between
 * versions so the two can never disagree. Ciphertext is text whatever the field's own type.
 */
export function sqlTypeOf(field: FieldModel): string {
  if (field.encrypted) return 'text';
  switch (field.type) {
    case 'string':
    case 'email':
    case 'phone':
    case 'url':
      return field.maxLength !== undefined ? `varchar(${field.maxLength})` : 'text';
    case 'text':
    case 'enum':
      return 'text';
    case 'integer':
      return 'integer';
    case 'decimal':
      return 'numeric';
    case 'money':
      return 'numeric(14, 2)';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'timestamp with time zone';
    case 'json':
    case 'file':
      return 'jsonb';
  }
}
