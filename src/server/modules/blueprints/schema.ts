import {
  bigint,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Blueprint, Domain, RenameHints, VersionSource } from '../../../contracts/index.js';

// Read models of the platform streams (`platform-<id>`), kept by the inline projection in projection.ts
// inside each append's transaction. Both tables are tenant-owned, under row-level security
// (drizzle/*_blueprints_rls.sql). The events are the truth; these rows can be rebuilt from them.

export const platforms = pgTable(
  'platforms',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    /** The current version's Blueprint name, slug and domain. */
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    domain: text('domain').notNull().$type<Domain>(),
    /** The description the platform was created from. */
    description: text('description').notNull(),
    currentVersion: integer('current_version').notNull(),
    approvedVersion: integer('approved_version'),
    /** The platform stream's version after its last event: what the next append expects. */
    streamVersion: bigint('stream_version', { mode: 'number' }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index('platforms_tenant_created_idx').on(table.tenantId, table.createdAt.desc(), table.id.desc()),
  ],
);

export const blueprintVersions = pgTable(
  'blueprint_versions',
  {
    tenantId: uuid('tenant_id').notNull(),
    platformId: uuid('platform_id').notNull(),
    version: integer('version').notNull(),
    basedOn: integer('based_on'),
    source: text('source').notNull().$type<VersionSource>(),
    blueprint: jsonb('blueprint').notNull().$type<Blueprint>(),
    renames: jsonb('renames').notNull().$type<RenameHints>(),
    authorId: uuid('author_id'),
    authorLabel: text('author_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.platformId, table.version] }),
    foreignKey({
      columns: [table.tenantId, table.platformId],
      foreignColumns: [platforms.tenantId, platforms.id],
      name: 'blueprint_versions_platform_fk',
    }).onDelete('cascade'),
  ],
);
