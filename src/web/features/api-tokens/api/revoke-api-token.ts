import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.js';
import { apiTokensQueryKey } from './get-api-tokens.js';

export function revokeApiToken(tokenId: string): Promise<void> {
  return api.delete(`/api/auth/tokens/${encodeURIComponent(tokenId)}`, { tenantId: null });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
