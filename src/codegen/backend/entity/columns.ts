import { quote } from '../../code.js';
import { sqlTypeOf, type FieldModel } from '../../model/index.js';

/** The Drizzle column builder for a field: the base call, e.g. `varchar('full_name', { length: 200 })`, and its chained calls. */
export function drizzleColumnOf(
  field: FieldModel,
  table: string,
): { base: string; calls: string[]; imports: string[] } {
  const [base, imports] = drizzleBase(field);
  const calls: string[] = [];
  if (field.required || (field.default !== undefined && !field.encrypted)) calls.push('notNull()');
  if (field.default !== undefined && !field.encrypted) calls.push(`default(${drizzleDefault(field)})`);
  if (field.unique) calls.push(`unique(${quote(uniqueConstraintOf(table, field.column))})`);
  return { base, calls, imports };
}

function drizzleBase(field: FieldModel): [string, string[]] {
  const column = quote(field.column);
  if (field.encrypted) return [`text(${column})`, ['text']];
  switch (field.type) {
    case 'string':
    case 'email':
    case 'phone':
    case 'url':
      return field.maxLength !== undefined
        ? [`varchar(${column}, { length: ${field.maxLength} })`, ['varchar']]
        : [`text(${column})`, ['text']];
    case 'text':
      return [`text(${column})`, ['text']];
    case 'integer':
      return [`integer(${column})`, ['integer']];
    case 'decimal':
      return [`numeric(${column})`, ['numeric']];
    case 'money':
      return [`numeric(${column}, { precision: 14, scale: 2 })`, ['numeric']];
    case 'boolean':
      return [`boolean(${column})`, ['boolean']];
    case 'date':
      return [`date(${column}, { mode: 'string' })`, ['date']];
    case 'datetime':
      return [`timestamp(${column}, { withTimezone: true })`, ['timestamp']];
    case 'enum':
      return [
        `text(${column}, { enum: [${field.enumValues.map((value) => quote(value.value)).join(', ')}] })`,
        ['text'],
      ];
    case 'json':
    case 'file':
      return [`jsonb(${column})`, ['jsonb']];
  }
}

function drizzleDefault(field: FieldModel): string {
  const value = field.default;
  if (field.type === 'decimal' || field.type === 'money') return quote(String(value));
  return typeof value === 'string' ? quote(value) : String(value);
}

/** The PostgreSQL column definition, e.g. `"full_name" varchar(200) NOT NULL`. */
export function sqlColumnOf(field: FieldModel): string {
  const parts = [`"${field.column}"`, sqlTypeOf(field)];
  if (field.required || (field.default !== undefined && !field.encrypted)) parts.push('NOT NULL');
  if (field.default !== undefined && !field.encrypted) parts.push(`DEFAULT ${sqlLiteral(field)}`);
  return parts.join(' ');
}

export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function sqlLiteral(field: FieldModel): string {
  const value = field.default;
  if (typeof value === 'string') return sqlString(value);
  return String(value);
}

/** PostgreSQL's own name for a one-column unique constraint. */
export function uniqueConstraintOf(table: string, column: string): string {
  return `${table}_${column}_key`.slice(0, 63);
}
