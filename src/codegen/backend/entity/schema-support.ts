import { code, quote } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import { entityNamed, type CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

/** Users, sessions and the audit log: tables every generated platform has. */
export function systemTablesFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/db/schema/system.ts',
    code`
      import { ${model.dataSubjectRights ? 'boolean, ' : ''}index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

      export const users = pgTable('users', {
        id: uuid('id').primaryKey().defaultRandom(),
        email: text('email').notNull().unique('users_email_key'),
        name: text('name').notNull(),
        passwordHash: text('password_hash').notNull(),
        roles: text('roles').array().notNull(),
        createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
      });

      export const sessions = pgTable(
        'sessions',
        {
          id: uuid('id').primaryKey().defaultRandom(),
          userId: uuid('user_id')
            .notNull()
            .references(() => users.id, { onDelete: 'cascade' }),
          tokenHash: text('token_hash').notNull().unique('sessions_token_hash_key'),
          createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
          expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
        },
        (table) => [index('sessions_user_id_idx').on(table.userId)],
      );

      export const auditLog = pgTable(
        'audit_log',
        {
          id: uuid('id').primaryKey().defaultRandom(),
          at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
          userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
          action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
          entity: text('entity').notNull(),
          recordId: uuid('record_id').notNull(),
          before: jsonb('before').$type<Record<string, unknown>>(),
          after: jsonb('after').$type<Record<string, unknown>>(),
        },
        (table) => [index('audit_log_record_idx').on(table.entity, table.recordId)],
      );
      ${
        model.dataSubjectRights &&
        code`

          /** Consent a data subject gave or withdrew, for a purpose (GDPR / PDPL). */
          export const consents = pgTable(
            'consents',
            {
              id: uuid('id').primaryKey().defaultRandom(),
              subject: text('subject').notNull(),
              subjectId: uuid('subject_id').notNull(),
              purpose: text('purpose').notNull(),
              granted: boolean('granted').notNull(),
              recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
              recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
            },
            (table) => [index('consents_subject_idx').on(table.subjectId)],
          );
        `
      }
    `,
  );
}

/** Join tables of many-to-many relations. */
export function joinTablesFile(model: CodegenModel): GeneratedFile | undefined {
  if (model.joinTables.length === 0) return undefined;
  const imports = new Map<string, string>();
  const tables = model.joinTables.map((join) => {
    const owner = entityNamed(model, join.ownerEntity).names;
    const target = entityNamed(model, join.targetEntity).names;
    imports.set(owner.kebab, owner.pluralCamel).set(target.kebab, target.pluralCamel);
    return code`
      export const ${join.exportName} = pgTable(
        ${quote(join.table)},
        {
          ownerId: uuid(${quote(join.ownerColumn)})
            .notNull()
            .references(() => ${owner.pluralCamel}.id, { onDelete: 'cascade' }),
          targetId: uuid(${quote(join.targetColumn)})
            .notNull()
            .references(() => ${target.pluralCamel}.id, { onDelete: 'cascade' }),
        },
        (table) => [
          primaryKey({ columns: [table.ownerId, table.targetId] }),
          index(${quote(`${join.table}_${join.targetColumn}_idx`)}).on(table.targetId),
        ],
      );
    `;
  });
  return sourceFile(
    model,
    'src/server/db/schema/links.ts',
    code`
      import { index, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
      ${[...imports.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([file, name]) => `import { ${name} } from './${file}.js';`)}

      ${tables.join('\n\n')}
    `,
  );
}

export function schemaIndexFile(model: CodegenModel): GeneratedFile {
  const modules = [
    ...model.entities.map((entity) => entity.names.kebab),
    ...(model.joinTables.length > 0 ? ['links'] : []),
    'system',
  ].sort();
  return sourceFile(
    model,
    'src/server/db/schema/index.ts',
    modules.map((name) => `export * from './${name}.js';`).join('\n'),
  );
}
