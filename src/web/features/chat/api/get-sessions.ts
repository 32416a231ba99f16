import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ChatSessionSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformChatKey } from './query-keys.js';

export const sessionsQueryKey = (tenantId: string, platformId: string) =>
  [...platformChatKey(tenantId, platformId), 'sessions'] as const;

export function getSessions(tenantId: string, platformId: string): Promise<ChatSessionSummary[]> {
  return api.get(`/api/platforms/${platformId}/sessions`, z.array(ChatSessionSummary), { tenantId });
}

/** The platform's chat sessions, newest first. */
export function useSessions(tenantId: string, platformId: string) {
  return useQuery({
    queryKey: sessionsQueryKey(tenantId, platformId),
    queryFn: () => getSessions(tenantId, platformId),
  });
}
