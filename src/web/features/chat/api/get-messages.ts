import { useQuery } from '@tanstack/react-query';
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

/** A session's messages, replies and failures, oldest first. */
export function useMessages(tenantId: string, platformId: string, sessionId: string | null) {
  return useQuery({
    queryKey: messagesQueryKey(tenantId, platformId, sessionId ?? 'none'),
    queryFn: () => getMessages(tenantId, platformId, sessionId!),
    enabled: sessionId !== null,
  });
}
