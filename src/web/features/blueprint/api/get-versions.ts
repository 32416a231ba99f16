import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { BlueprintVersionSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformBlueprintKey } from './keys.js';

export function getVersions(tenantId: string, platformId: string): Promise<BlueprintVersionSummary[]> {
  return api.get(`/api/platforms/${platformId}/versions`, z.array(BlueprintVersionSummary), { tenantId });
}

/** The platform's versions, newest first. */
export function useVersions(tenantId: string, platformId: string) {
  return useQuery({
    queryKey: [...platformBlueprintKey(tenantId, platformId), 'versions'],
    queryFn: () => getVersions(tenantId, platformId),
  });
}
