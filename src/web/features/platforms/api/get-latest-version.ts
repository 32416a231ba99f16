import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { BlueprintVersionSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformsKey } from './query-keys.js';

/**
 * The platform's newest Blueprint version (null before the list arrives). The key is the Blueprint
 * tab's versions list, so both share one request and one refresh when the chat makes a version.
 */
export function useLatestVersion(tenantId: string, platformId: string) {
  return useQuery({
    queryKey: [...platformsKey(tenantId), platformId, 'versions'],
    queryFn: () =>
      api.get(`/api/platforms/${platformId}/versions`, z.array(BlueprintVersionSummary), { tenantId }),
    select: (versions) => versions[0] ?? null,
  });
}
