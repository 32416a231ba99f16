import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BlueprintVersionDetail } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

export function restoreVersion(
  tenantId: string,
  platformId: string,
  version: number,
): Promise<BlueprintVersionDetail> {
  return api.post(`/api/platforms/${platformId}/versions/${version}/restore`, BlueprintVersionDetail, {
    tenantId,
  });
}

/** Makes an older version current again, as a new version equal to it. */
export function useRestoreVersion(tenantId: string, platformId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => restoreVersion(tenantId, platformId, version),
    // The platform's current version, its versions list, Blueprint and preview all follow.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
}
