import { quote } from '../../code.js';
import type { FieldModel } from '../../model/index.js';

/** A Zod expression as its base and chained calls, so the template can lay the chain out. */
export interface ZodExpression {
  base: string;
  calls: string[];
}

function bounded(min: number | undefined, max: number | undefined): string {
  const entries = [
    ...(min !== undefined ? [`min: ${min}`] : []),
    ...(max !== undefined ? [`max: ${max}`] : []),
  ];
  return entries.length > 0 ? `{ ${entries.join(', ')} }` : '';
}

/** The Zod expression that validates a field's value on write (before optionality). */
export function zodOfField(field: FieldModel): ZodExpression {
  const lengths = (base: string, calls: string[] = []): ZodExpression => {
    const min = field.minLength ?? (field.required ? 1 : undefined);
    return {
      base,
      calls: [
        ...calls,
        ...(min !== undefined ? [`min(${min})`] : []),
        ...(field.maxLength !== undefined ? [`max(${field.maxLength})`] : []),
      ],
    };
  };
  const numberBounds = (): string[] => [
    ...(field.min !== undefined ? [`min(${field.min})`] : []),
    ...(field.max !== undefined ? [`max(${field.max})`] : []),
  ];
  switch (field.type) {
    case 'string':
    case 'text':
      return lengths('z', ['string()', 'trim()']);
    case 'email':
      return lengths('z', ['email()']);
    case 'phone':
      return { base: 'phoneSchema', calls: [] };
    case 'url':
      return lengths('z', ['url()']);
    case 'integer':
      return { base: 'z', calls: ['number()', 'int()', ...numberBounds()] };
    case 'decimal':
      return { base: `decimalSchema(${bounded(field.min, field.max)})`, calls: [] };
    case 'money':
      return { base: `moneySchema(${bounded(field.min, field.max)})`, calls: [] };
    case 'boolean':
      return { base: 'z', calls: ['boolean()'] };
    case 'date':
      return { base: 'z', calls: ['iso', 'date()'] };
    case 'datetime':
      return { base: 'z', calls: ['iso', 'datetime({ offset: true })'] };
    case 'enum':
      return {
        base: 'z',
        calls: [`enum([${field.enumValues.map((value) => quote(value.value)).join(', ')}])`],
      };
    case 'json':
      return { base: 'jsonValueSchema', calls: [] };
    case 'file':
      return { base: 'fileUploadSchema', calls: [] };
  }
}

/** The shared helpers (from src/shared/common.ts) a field's schema uses. */
export function helpersOfField(field: FieldModel): string[] {
  switch (field.type) {
    case 'phone':
      return ['phoneSchema'];
    case 'decimal':
      return ['decimalSchema'];
    case 'money':
      return ['moneySchema'];
    case 'json':
      return ['jsonValueSchema', 'type JsonValue'];
    case 'file':
      return ['fileUploadSchema', 'type FileMetadata'];
    default:
      return [];
  }
}

/** The TypeScript type of a field's value in a record. */
export function recordTypeOfField(field: FieldModel): string {
  switch (field.type) {
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return field.enumValues.map((value) => quote(value.value)).join(' | ');
    case 'json':
      return 'JsonValue';
    case 'file':
      return 'FileMetadata';
    default:
      return 'string';
  }
}

/** A value is always present when the field is required, or has a default the database fills in. */
export function alwaysPresent(field: FieldModel): boolean {
  return field.required || field.default !== undefined;
}
