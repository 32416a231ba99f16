import { useMutation, useQueryClient } from '@tanstack/react-query';
import { GenerationSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

export function generateCode(tenantId: string, platformId: string): Promise<GenerationSummary> {
  return api.post(`/api/platforms/${platformId}/generations`, GenerationSummary, { body: {}, tenantId });
}

/** Generates the current version's code (the server returns the existing generation when it was done before). */
export function useGenerateCode(tenantId: string, platformId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => generateCode(tenantId, platformId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
}
