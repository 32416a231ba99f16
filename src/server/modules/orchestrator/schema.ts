import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Inference, ProviderName } from '../../../contracts/index.js';

// Read models of the chat streams (`chat-<sessionId>`), kept by the inline projection in projection.ts
// inside each append's transaction; tenant-owned and under row-level security (drizzle/*_chat_rls.sql).

export const chatSessions = pgTable(
  'chat_sessions',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull(),
    platformId: uuid('platform_id').notNull(),
    startedById: uuid('started_by_id'),
    startedByLabel: text('started_by_label').notNull(),
    messageCount: integer('message_count').notNull().default(0),
    /** The chat stream's version after its last event: what the next append expects. */
    streamVersion: bigint('stream_version', { mode: 'number' }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    index('chat_sessions_platform_idx').on(table.tenantId, table.platformId, table.startedAt),
  ],
);

export const chatMessages = pgTable(
  'chat_messages',
  {
    tenantId: uuid('tenant_id').notNull(),
    sessionId: uuid('session_id').notNull(),
    /** The event's version in the chat stream. */
    seq: integer('seq').notNull(),
    kind: text('kind').notNull().$type<'message' | 'reply' | 'failure'>(),
    text: text('text').notNull(),
    authorId: uuid('author_id'),
    authorLabel: text('author_label').notNull(),
    version: integer('version'),
    inferences: jsonb('inferences').notNull().$type<Inference[]>(),
    openQuestions: jsonb('open_questions').notNull().$type<string[]>(),
    provider: text('provider').$type<ProviderName>(),
    model: text('model'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.sessionId, table.seq] })],
);
