import { code, quote } from '../../code.js';
import { fitOrBreak, importStatement, methodChain } from '../../layout.js';
import type { GeneratedFile } from '../../generated-file.js';
import { entityNamed, type CodegenModel, type EntityModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';
import { drizzleColumnOf } from './columns.js';

/** src/server/db/schema/<entity>.ts: the entity's Drizzle table. */
export function drizzleTableFile(model: CodegenModel, entity: EntityModel): GeneratedFile {
  const { table, pluralCamel, kebab } = entity.names;
  const builders = new Set(['pgTable', 'timestamp', 'uuid']);
  if (entity.foreignKeys.length > 0) builders.add('index');
  // Without indexes Prettier hugs the columns object: `pgTable('authors', {`, columns at indent 2.
  const hug = entity.foreignKeys.length === 0;
  const indent = hug ? 2 : 4;
  const columns = entity.fields.map((field) => {
    const { base, calls, imports } = drizzleColumnOf(field, table);
    imports.forEach((name) => builders.add(name));
    return `${field.name}: ${methodChain(base, calls, indent + field.name.length + 2, ',')}`;
  });
  const referenced = new Map<string, string>();
  const keys = entity.foreignKeys.map((key) => {
    const target = entityNamed(model, key.target).names;
    if (target.kebab !== kebab) referenced.set(target.kebab, target.pluralCamel);
    const onDelete = key.onDelete === 'set-null' ? 'set null' : key.onDelete;
    const calls = [
      ...(key.required ? ['notNull()'] : []),
      ...(key.unique ? [`unique(${quote(`${table}_${key.column}_key`)})`] : []),
      `references((): AnyPgColumn => ${target.pluralCamel}.id, { onDelete: '${onDelete}' })`,
    ];
    return `${key.field}: ${methodChain(`uuid(${quote(key.column)})`, calls, indent + key.field.length + 2, ',')}`;
  });
  const indexes = entity.foreignKeys.map(
    (key) => `index(${quote(`${table}_${key.column}_idx`)}).on(table.${key.field})`,
  );
  const imports = [...referenced.entries()].sort(([a], [b]) => a.localeCompare(b));
  const columnLines = [
    "id: uuid('id').primaryKey().defaultRandom(),",
    ...columns,
    ...keys,
    "createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),",
    "updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),",
    "createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),",
  ];
  const builderImports = [...[...builders].sort(), ...(keys.length > 0 ? ['type AnyPgColumn'] : [])];
  const extras = indexes.length > 0 && fitOrBreak('(table) => [', indexes, ']', 2, ',');
  return sourceFile(
    model,
    `src/server/db/schema/${kebab}.ts`,
    code`
      ${importStatement(builderImports, 'drizzle-orm/pg-core')}
      ${imports.map(([file, name]) => importStatement([name], `./${file}.js`))}
      import { users } from './system.js';

      ${hug ? `export const ${pluralCamel} = pgTable(${quote(table)}, {` : `export const ${pluralCamel} = pgTable(`}
      ${!hug && `  ${quote(table)},`}
      ${!hug && '  {'}
      ${indented(columnLines, indent)}
      ${hug ? '});' : '  },'}
      ${extras && indented([extras], 2)}
      ${!hug && ');'}
    `,
  );
}

function indented(lines: readonly string[], spaces: number): string {
  const pad = ' '.repeat(spaces);
  return lines.map((line) => pad + line.replaceAll('\n', `\n${pad}`)).join('\n');
}
