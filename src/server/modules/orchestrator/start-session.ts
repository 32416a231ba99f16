import type { ChatSessionSummary, VersionAuthor } from '../../../contracts/index.js';
import { newId } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { sessionStarted } from './chat-events.js';
import { loadSession, toSessionSummary } from './chat-repository.js';
import type { OrchestratorDeps } from './deps.js';
import { CHAT_STREAM_TYPE, chatStreamOf } from './events.js';

/** A fresh conversation about a platform (its Blueprint carries over; the chat history does not). */
export async function startSession(
  tx: AppTx,
  deps: OrchestratorDeps,
  tenantId: string,
  platformId: string,
  author: VersionAuthor,
): Promise<ChatSessionSummary> {
  await deps.blueprints.assertExists(tx, tenantId, platformId);
  const sessionId = newId();
  await deps.store.appendIn(
    tx,
    tenantId,
    chatStreamOf(sessionId),
    [sessionStarted(sessionId, platformId, author)],
    {
      expected: 'no_stream',
      streamType: CHAT_STREAM_TYPE,
    },
  );
  return toSessionSummary(await loadSession(tx, tenantId, platformId, sessionId));
}
