import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

export function removeMember(tenantId: string, memberId: string): Promise<void> {
  return api.delete(`/api/tenant/members/${encodeURIComponent(memberId)}`, { tenantId });
}

export function useRemoveMember(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => removeMember(tenantId, memberId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
}
