import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// The read model of deployments, kept by an inline projection of the `deployments-<platformId>` streams
// (projection.ts), tenant-owned under row-level security (drizzle/*_deployments_rls.sql).

export const deployments = pgTable(
  'deployments',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    platformId: uuid('platform_id').notNull(),
    generationId: uuid('generation_id').notNull(),
    blueprintVersion: integer('blueprint_version').notNull(),
    target: text('target').notNull(),
    status: text('status').notNull(),
    /** The desired state: true while WebNova should keep it running (and bring it back after a restart). */
    desiredRunning: boolean('desired_running').notNull(),
    url: text('url'),
    previewPort: integer('preview_port'),
    restarts: integer('restarts').notNull().default(0),
    reason: text('reason'),
    message: text('message'),
    artifactsDir: text('artifacts_dir'),
    previousDeploymentId: uuid('previous_deployment_id'),
    rollbackOf: uuid('rollback_of'),
    /** The SQL migration files its database has seen, in order (see DeploymentRequested). */
    migrations: jsonb('migrations').$type<{ path: string; content: string }[]>().notNull(),
    createdBy: uuid('created_by'),
    createdByLabel: text('created_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    liveAt: timestamp('live_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index('deployments_platform_idx').on(table.tenantId, table.platformId, table.createdAt),
    index('deployments_desired_idx').on(table.desiredRunning),
  ],
);

export type DeploymentRow = typeof deployments.$inferSelect;
