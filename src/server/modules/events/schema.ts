import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

// Every table here is tenant-owned (tenant_id leads each key) and under row-level security, set up in
// drizzle/*_event_store_rls.sql, except the consumer leases, which coordinate server instances and hold
// no tenant data.

/** A transaction id (PostgreSQL `xid8`), kept as text in JavaScript because it may exceed 2^53. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

export const eventStreams = pgTable(
  'event_streams',
  {
    tenantId: uuid('tenant_id').notNull(),
    streamId: text('stream_id').notNull(),
    type: text('type').notNull(),
    /** The version of the stream's last event; 0 until the first append commits. */
    version: bigint('version', { mode: 'number' }).notNull(),
    archived: boolean('archived').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.streamId] })],
);

export const events = pgTable(
  'events',
  {
    tenantId: uuid('tenant_id').notNull(),
    globalPosition: bigint('global_position', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    /** The appending transaction: readers order by (tx_id, global_position) and stop below the snapshot's xmin. */
    txId: xid8('tx_id')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    streamId: text('stream_id').notNull(),
    streamVersion: bigint('stream_version', { mode: 'number' }).notNull(),
    eventId: uuid('event_id').notNull(),
    type: text('type').notNull(),
    schemaVersion: integer('schema_version').notNull(),
    data: jsonb('data').notNull().$type<unknown>(),
    metadata: jsonb('metadata').notNull().$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.globalPosition] }),
    unique('events_stream_version_unique').on(table.tenantId, table.streamId, table.streamVersion),
    unique('events_event_id_unique').on(table.tenantId, table.eventId),
    index('events_cursor_idx').on(table.tenantId, table.txId, table.globalPosition),
  ],
);

/** Where each partition of a subscription has got to, per tenant; moved by compare-and-set. */
export const eventCheckpoints = pgTable(
  'event_checkpoints',
  {
    tenantId: uuid('tenant_id').notNull(),
    subscription: text('subscription').notNull(),
    partition: integer('partition').notNull(),
    txId: xid8('tx_id').notNull(),
    globalPosition: bigint('global_position', { mode: 'number' }).notNull(),
    /**
     * Failed attempts on the event just after this checkpoint, and the last error: kept here, not in
     * memory, so a restart (or another consumer taking the partition over) goes on counting towards the
     * dead-letter limit instead of starting again. Reset whenever the checkpoint moves.
     */
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.subscription, table.partition] })],
);

/** Events a subscription's handler failed on after every retry. */
export const eventDeadLetters = pgTable(
  'event_dead_letters',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    subscription: text('subscription').notNull(),
    globalPosition: bigint('global_position', { mode: 'number' }).notNull(),
    eventId: uuid('event_id').notNull(),
    streamId: text('stream_id').notNull(),
    eventType: text('event_type').notNull(),
    attempts: integer('attempts').notNull(),
    lastError: text('last_error').notNull(),
    status: text('status').notNull().default('dead').$type<'dead' | 'replayed' | 'discarded'>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index('event_dead_letters_subscription_idx').on(table.tenantId, table.subscription, table.status),
  ],
);

/** The latest snapshot of an aggregate's state; ignored when its state version differs from the code's. */
export const eventSnapshots = pgTable(
  'event_snapshots',
  {
    tenantId: uuid('tenant_id').notNull(),
    streamId: text('stream_id').notNull(),
    aggregateType: text('aggregate_type').notNull(),
    stateVersion: integer('state_version').notNull(),
    streamVersion: bigint('stream_version', { mode: 'number' }).notNull(),
    state: jsonb('state').notNull().$type<unknown>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.streamId] })],
);

/**
 * JSON Schemas a tenant registered for event types no module owns (integrations): appends of such a type
 * through the HTTP route are checked against the tenant's schema. Module types keep their Zod contracts.
 */
export const eventSchemas = pgTable(
  'event_schemas',
  {
    tenantId: uuid('tenant_id').notNull(),
    eventType: text('event_type').notNull(),
    schema: jsonb('schema').notNull().$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.eventType] })],
);

/**
 * Which server instance consumes which partition of a subscription, across all tenants. Installation-wide
 * on purpose: a lease says who works, not what any tenant owns, so it carries no tenant_id.
 */
export const eventLeases = pgTable(
  'event_leases',
  {
    subscription: text('subscription').notNull(),
    partition: integer('partition').notNull(),
    owner: text('owner').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.subscription, table.partition] })],
);

/** Live consumers of each subscription, so partitions are shared out fairly. Installation-wide like leases. */
export const eventConsumers = pgTable(
  'event_consumers',
  {
    subscription: text('subscription').notNull(),
    consumer: text('consumer').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.subscription, table.consumer] })],
);
