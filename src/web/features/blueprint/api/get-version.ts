import { useQuery } from '@tanstack/react-query';
import { BlueprintVersionDetail } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformBlueprintKey } from './keys.js';

export function getVersion(
  tenantId: string,
  platformId: string,
  version: number,
): Promise<BlueprintVersionDetail> {
  return api.get(`/api/platforms/${platformId}/versions/${version}`, BlueprintVersionDetail, { tenantId });
}

/** One version with its whole Blueprint; versions never change, so it stays fresh once read. */
export function useVersion(tenantId: string, platformId: string, version: number | undefined) {
  return useQuery({
    queryKey: [...platformBlueprintKey(tenantId, platformId), 'version', version],
    queryFn: () => getVersion(tenantId, platformId, version ?? 0),
    enabled: version !== undefined,
    staleTime: Infinity,
  });
}
