import { useQuery } from '@tanstack/react-query';
import { BlueprintDiff } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformBlueprintKey } from './keys.js';

export function getDiff(
  tenantId: string,
  platformId: string,
  from: number,
  to: number,
): Promise<BlueprintDiff> {
  const query = new URLSearchParams({ from: String(from), to: String(to) });
  return api.get(`/api/platforms/${platformId}/diff?${query.toString()}`, BlueprintDiff, { tenantId });
}

/** What changed between two versions; both are immutable, so the answer is too. */
export function useDiff(
  tenantId: string,
  platformId: string,
  from: number | undefined,
  to: number | undefined,
) {
  return useQuery({
    queryKey: [...platformBlueprintKey(tenantId, platformId), 'diff', from, to],
    queryFn: () => getDiff(tenantId, platformId, from ?? 0, to ?? 0),
    enabled: from !== undefined && to !== undefined && from !== to,
    staleTime: Infinity,
  });
}
