import {
  bigint,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

// Generated code, stored content-addressed: a file's text is kept once per tenant under its SHA-256, and
// each generation lists its paths against those hashes, so files a new Blueprint version leaves unchanged
// cost one row, not another copy. All three tables are tenant-owned under row-level security
// (drizzle/*_generations_rls.sql, which also holds the foreign key to the Blueprint version generated:
// that table belongs to the blueprints module, so this schema does not import it).

export const generationBlobs = pgTable(
  'generation_blobs',
  {
    tenantId: uuid('tenant_id').notNull(),
    /** SHA-256 (hex) of the content's UTF-8 bytes. */
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    content: text('content').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.sha256] })],
);

export const generations = pgTable(
  'generations',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    platformId: uuid('platform_id').notNull(),
    blueprintVersion: integer('blueprint_version').notNull(),
    /** The generated Blueprint's slug: the zip's top folder and file name. */
    slug: text('slug').notNull(),
    generatorVersion: text('generator_version').notNull(),
    contentHash: text('content_hash').notNull(),
    fileCount: integer('file_count').notNull(),
    totalBytes: bigint('total_bytes', { mode: 'number' }).notNull(),
    createdBy: uuid('created_by'),
    createdByLabel: text('created_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    // One generation per Blueprint version and generator version: generating again returns it.
    unique('generations_source_unique').on(
      table.tenantId,
      table.platformId,
      table.blueprintVersion,
      table.generatorVersion,
    ),
    index('generations_platform_created_idx').on(
      table.tenantId,
      table.platformId,
      table.createdAt.desc(),
      table.id.desc(),
    ),
  ],
);

export const generationFiles = pgTable(
  'generation_files',
  {
    tenantId: uuid('tenant_id').notNull(),
    generationId: uuid('generation_id').notNull(),
    path: text('path').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.generationId, table.path] }),
    foreignKey({
      columns: [table.tenantId, table.generationId],
      foreignColumns: [generations.tenantId, generations.id],
      name: 'generation_files_generation_fk',
    }).onDelete('cascade'),
    foreignKey({
      columns: [table.tenantId, table.sha256],
      foreignColumns: [generationBlobs.tenantId, generationBlobs.sha256],
      name: 'generation_files_blob_fk',
    }),
  ],
);
