import { and, eq, sql } from 'drizzle-orm';
import { AppError, type Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { AppendedEvent, InlineProjection } from '../events/index.js';
import {
  ChatAnalysisFailed,
  ChatMessagePosted,
  ChatReplied,
  ChatSessionStarted,
  chatStreamOf,
} from './events.js';
import { chatMessages, chatSessions } from './schema.js';

type MessageRow = typeof chatMessages.$inferInsert;

/** Keeps `chat_sessions` and `chat_messages` in step with the chat streams, in each append's transaction. */
export function chatProjection(clock: Clock): InlineProjection {
  return {
    name: 'chat',
    types: [ChatSessionStarted.type, ChatMessagePosted.type, ChatReplied.type, ChatAnalysisFailed.type],
    apply: async (tx, tenantId, events) => {
      for (const event of events) await applyOne(tx, tenantId, event, clock.now());
    },
  };
}

async function applyOne(tx: AppTx, tenantId: string, event: AppendedEvent, at: Date): Promise<void> {
  // The generic events API accepts these types too: each must belong to its own session's stream.
  const { sessionId } = event.data as { sessionId: string };
  if (event.streamId !== chatStreamOf(sessionId)) {
    throw new AppError('conflict', `This ${event.type} event does not fit stream ${event.streamId}`, {
      hint: 'Post chat messages through /api/platforms/:platformId/sessions/:sessionId/messages.',
    });
  }
  if (event.type === ChatSessionStarted.type) {
    const data = ChatSessionStarted.schema.parse(event.data);
    await tx.insert(chatSessions).values({
      tenantId,
      id: data.sessionId,
      platformId: data.platformId,
      startedById: data.startedBy.id,
      startedByLabel: data.startedBy.label,
      messageCount: 0,
      streamVersion: event.streamVersion,
      startedAt: at,
      lastMessageAt: null,
    });
    return;
  }
  const message = messageOf(event);
  await tx.insert(chatMessages).values({ ...message, tenantId, seq: event.streamVersion, createdAt: at });
  await tx
    .update(chatSessions)
    .set({
      messageCount: sql`${chatSessions.messageCount} + 1`,
      streamVersion: event.streamVersion,
      lastMessageAt: at,
    })
    .where(and(eq(chatSessions.tenantId, tenantId), eq(chatSessions.id, message.sessionId)));
}

const quiet = { inferences: [], openQuestions: [], version: null, provider: null, model: null };

function messageOf(event: AppendedEvent): Omit<MessageRow, 'tenantId' | 'seq' | 'createdAt'> {
  if (event.type === ChatMessagePosted.type) {
    const data = ChatMessagePosted.schema.parse(event.data);
    return {
      ...quiet,
      sessionId: data.sessionId,
      kind: 'message',
      text: data.text,
      authorId: data.author.id,
      authorLabel: data.author.label,
    };
  }
  if (event.type === ChatReplied.type) {
    const data = ChatReplied.schema.parse(event.data);
    return {
      sessionId: data.sessionId,
      kind: 'reply',
      text: data.summary,
      authorId: null,
      authorLabel: data.provider,
      version: data.version,
      inferences: data.inferences,
      openQuestions: data.openQuestions,
      provider: data.provider,
      model: data.model,
    };
  }
  const data = ChatAnalysisFailed.schema.parse(event.data);
  return {
    ...quiet,
    sessionId: data.sessionId,
    kind: 'failure',
    text: data.message,
    authorId: null,
    authorLabel: data.provider,
    provider: data.provider,
  };
}
