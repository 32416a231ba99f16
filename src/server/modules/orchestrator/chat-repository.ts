import { and, asc, desc, eq } from 'drizzle-orm';
import type { ChatMessage, ChatSessionSummary } from '../../../contracts/index.js';
import type { ChatTurn } from '../../../ai/index.js';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { chatMessages, chatSessions } from './schema.js';

export type SessionRow = typeof chatSessions.$inferSelect;
type MessageRow = typeof chatMessages.$inferSelect;

/** The session, if it belongs to this platform; a 404 otherwise. */
export async function loadSession(
  tx: AppTx,
  tenantId: string,
  platformId: string,
  sessionId: string,
): Promise<SessionRow> {
  const [row] = await tx
    .select()
    .from(chatSessions)
    .where(
      and(
        eq(chatSessions.tenantId, tenantId),
        eq(chatSessions.id, sessionId),
        eq(chatSessions.platformId, platformId),
      ),
    );
  if (!row) {
    throw new AppError('not_found', 'Chat session was not found', {
      hint: `GET /api/platforms/${platformId}/sessions lists this platform's sessions; POST there starts one.`,
    });
  }
  return row;
}

export async function listSessions(tx: AppTx, tenantId: string, platformId: string): Promise<SessionRow[]> {
  return tx
    .select()
    .from(chatSessions)
    .where(and(eq(chatSessions.tenantId, tenantId), eq(chatSessions.platformId, platformId)))
    .orderBy(desc(chatSessions.startedAt), desc(chatSessions.id));
}

export async function listMessages(tx: AppTx, tenantId: string, sessionId: string): Promise<MessageRow[]> {
  return tx
    .select()
    .from(chatMessages)
    .where(and(eq(chatMessages.tenantId, tenantId), eq(chatMessages.sessionId, sessionId)))
    .orderBy(asc(chatMessages.seq));
}

/** The conversation as a provider reads it: what the person said and what was answered, oldest first. */
export function turnsOf(messages: readonly MessageRow[]): ChatTurn[] {
  return messages
    .filter((message) => message.kind !== 'failure')
    .map((message) => ({ role: message.kind === 'message' ? 'user' : 'assistant', text: message.text }));
}

export function toSessionSummary(row: SessionRow): ChatSessionSummary {
  return {
    id: row.id,
    platformId: row.platformId,
    startedAt: row.startedAt.toISOString(),
    startedBy: { id: row.startedById, label: row.startedByLabel },
    messageCount: row.messageCount,
    lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
  };
}

export function toChatMessage(row: MessageRow): ChatMessage {
  return {
    sessionId: row.sessionId,
    seq: row.seq,
    kind: row.kind,
    text: row.text,
    author: { id: row.authorId, label: row.authorLabel },
    version: row.version,
    inferences: row.inferences,
    openQuestions: row.openQuestions,
    provider: row.provider,
    model: row.model,
    createdAt: row.createdAt.toISOString(),
  };
}
