import { useQuery } from '@tanstack/react-query';
import { BlueprintDiff } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformChatKey } from './query-keys.js';

export function getVersionDiff(
  tenantId: string,
  platformId: string,
  from: number,
  to: number,
): Promise<BlueprintDiff> {
  return api.get(`/api/platforms/${platformId}/diff?from=${from}&to=${to}`, BlueprintDiff, { tenantId });
}

/** What one version changed against the one before it; versions never change, so neither does this. */
export function useVersionDiff(tenantId: string, platformId: string, version: number) {
  return useQuery({
    queryKey: [...platformChatKey(tenantId, platformId), 'diff', version - 1, version],
    queryFn: () => getVersionDiff(tenantId, platformId, version - 1, version),
    enabled: version > 1,
    staleTime: Infinity,
  });
}
