import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { DeadLetterView } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { eventsKeys } from './keys.js';

export function getDeadLetters(tenantId: string): Promise<DeadLetterView[]> {
  return api.get('/api/events/dead-letters?status=dead', z.array(DeadLetterView), { tenantId });
}

export function useDeadLetters(tenantId: string) {
  return useQuery({ queryKey: eventsKeys.deadLetters(tenantId), queryFn: () => getDeadLetters(tenantId) });
}

/** Replay runs the subscription's handler again; discard gives up for good. Both resolve the letter. */
export function useResolveDeadLetter(tenantId: string, action: 'replay' | 'discard') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post(`/api/events/dead-letters/${encodeURIComponent(id)}/${action}`, DeadLetterView, { tenantId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: eventsKeys.all(tenantId) }),
  });
}
