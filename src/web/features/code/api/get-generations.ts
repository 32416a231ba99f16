import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { GenerationSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { generationsKey } from './keys.js';

export function getGenerations(tenantId: string, platformId: string): Promise<GenerationSummary[]> {
  return api.get(`/api/platforms/${platformId}/generations`, z.array(GenerationSummary), { tenantId });
}

/** The platform's generations, newest first. */
export function useGenerations(tenantId: string, platformId: string) {
  return useQuery({
    queryKey: generationsKey(tenantId, platformId),
    queryFn: () => getGenerations(tenantId, platformId),
  });
}
