import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BlueprintVersionDetail, BlueprintVersionSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

export function approveVersion(tenantId: string, platformId: string, version: number) {
  return api.post(`/api/platforms/${platformId}/versions/${version}/approve`, BlueprintVersionSummary, {
    tenantId,
  });
}

export function restoreVersion(tenantId: string, platformId: string, version: number) {
  return api.post(`/api/platforms/${platformId}/versions/${version}/restore`, BlueprintVersionDetail, {
    tenantId,
  });
}

export function useApproveVersion(tenantId: string, platformId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => approveVersion(tenantId, platformId, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
}

/** Restoring writes a new version equal to the old one; everything about the platform changes. */
export function useRestoreVersion(tenantId: string, platformId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => restoreVersion(tenantId, platformId, version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
}
