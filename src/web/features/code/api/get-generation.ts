import { useQuery } from '@tanstack/react-query';
import { GenerationDetail } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { generationsKey } from './keys.js';

export function getGeneration(
  tenantId: string,
  platformId: string,
  generationId: string,
): Promise<GenerationDetail> {
  return api.get(`/api/platforms/${platformId}/generations/${generationId}`, GenerationDetail, { tenantId });
}

/** A generation's file tree (paths and sizes). Generations are immutable, so it never goes stale. */
export function useGeneration(tenantId: string, platformId: string, generationId: string | undefined) {
  return useQuery({
    queryKey: [...generationsKey(tenantId, platformId), generationId],
    queryFn: () => getGeneration(tenantId, platformId, generationId ?? ''),
    enabled: generationId !== undefined,
    staleTime: Infinity,
  });
}
