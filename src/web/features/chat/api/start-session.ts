import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ChatSessionSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { sessionsQueryKey } from './get-sessions.js';

export function startSession(tenantId: string, platformId: string): Promise<ChatSessionSummary> {
  return api.post(`/api/platforms/${platformId}/sessions`, ChatSessionSummary, { tenantId });
}

/** Starts a conversation about a platform that has none (one imported or made by hand, say). */
export function useStartSession(tenantId: string, platformId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => startSession(tenantId, platformId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey(tenantId, platformId) }),
  });
}
