import { useQueries } from '@tanstack/react-query';
import { z } from 'zod';
import { ChatMessage } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { sessionsQueryKey } from './get-sessions.js';

export const messagesQueryKey = (tenantId: string, platformId: string, sessionId: string) =>
  [...sessionsQueryKey(tenantId, platformId), sessionId, 'messages'] as const;

export function getMessages(tenantId: string, platformId: string, sessionId: string): Promise<ChatMessage[]> {
  return api.get(`/api/platforms/${platformId}/sessions/${sessionId}/messages`, z.array(ChatMessage), {
    tenantId,
  });
}

/**
 * The messages, replies and failures of several sessions, each oldest first, fetched in parallel (one
 * request per session, each cached on its own, so a new message refetches only what the refresh marks).
 */
export function useMessagesOfSessions(tenantId: string, platformId: string, sessionIds: readonly string[]) {
  return useQueries({
    queries: sessionIds.map((sessionId) => ({
      queryKey: messagesQueryKey(tenantId, platformId, sessionId),
      queryFn: () => getMessages(tenantId, platformId, sessionId),
    })),
  });
}
