import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { BlueprintVersionSummary } from '../../contracts/index.js';
import { api } from './api-client.js';
import { tenantScopeKey } from './query-keys.js';

/**
 * A platform's Blueprint versions, newest first. The chat's history, the Blueprint tab and the preview
 * (which follows the newest version) all read this one list, so it lives here: one request, and one
 * refresh when any of them, or a live event, makes a version.
 */
export const platformVersionsKey = (tenantId: string, platformId: string) =>
  [...tenantScopeKey(tenantId), 'platforms', platformId, 'versions'] as const;

function getPlatformVersions(tenantId: string, platformId: string): Promise<BlueprintVersionSummary[]> {
  return api.get(`/api/platforms/${platformId}/versions`, z.array(BlueprintVersionSummary), { tenantId });
}

/** `select` reads a part of the list (the newest version, say) while the cache keeps it whole. */
export function usePlatformVersions<Selected = BlueprintVersionSummary[]>(
  tenantId: string,
  platformId: string,
  select?: (versions: BlueprintVersionSummary[]) => Selected,
) {
  return useQuery({
    queryKey: platformVersionsKey(tenantId, platformId),
    queryFn: () => getPlatformVersions(tenantId, platformId),
    select,
  });
}
