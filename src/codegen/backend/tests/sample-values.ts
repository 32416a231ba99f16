import { quote } from '../../code.js';
import type { FieldModel } from '../../model/index.js';

function clamp(value: number, field: FieldModel): number {
  return Math.min(
    field.max ?? Number.POSITIVE_INFINITY,
    Math.max(field.min ?? Number.NEGATIVE_INFINITY, value),
  );
}

/** An expression (in terms of the sample number `n`) giving a valid, realistic-enough value for a field. */
export function sampleExpression(field: FieldModel, entityKebab: string): string {
  const lengths = `${field.minLength ?? 0}, ${field.maxLength ?? 'Infinity'}`;
  switch (field.type) {
    case 'string':
    case 'text':
      return `fit(${quote(field.name)} + n, ${lengths})`;
    case 'email':
      return `fit(${quote(`${entityKebab}.`)} + n + '@example.com', ${lengths})`;
    case 'phone':
      return `'+9665' + String(n).padStart(8, '0')`;
    case 'url':
      return `${quote(`https://example.com/${entityKebab}/`)} + n`;
    case 'integer': {
      const low = Math.ceil(field.min ?? 0);
      const high = Math.floor(field.max ?? low + 1000);
      return `${low} + (n % ${high - low + 1})`;
    }
    case 'decimal':
      return quote(String(clamp(12.5, field)));
    case 'money':
      return quote(clamp(150, field).toFixed(2));
    case 'boolean':
      return 'true';
    case 'date':
      return `'2025-03-14'`;
    case 'datetime':
      return `'2025-03-14T09:30:00.000Z'`;
    case 'enum':
      return quote(field.enumValues[0]?.value ?? '');
    case 'json':
      return '{ sample: n }';
    case 'file':
      return `{ name: 'sample.txt', contentType: 'text/plain', size: 5, dataBase64: 'aGVsbG8=' }`;
  }
}

/** A value of the wrong type for the field, or undefined when every value is acceptable (json). */
export function invalidValueOf(field: FieldModel): string | undefined {
  switch (field.type) {
    case 'string':
    case 'text':
    case 'email':
    case 'phone':
    case 'url':
      return '12345';
    case 'integer':
      return `'not a number'`;
    case 'decimal':
    case 'money':
      return `'twelve'`;
    case 'boolean':
      return `'maybe'`;
    case 'date':
      return `'not-a-date'`;
    case 'datetime':
      return `'not-a-datetime'`;
    case 'enum':
      return `'not_a_value'`;
    case 'json':
      return undefined;
    case 'file':
      return `'not-a-file'`;
  }
}
