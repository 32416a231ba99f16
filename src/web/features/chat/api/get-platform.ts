import { useQuery } from '@tanstack/react-query';
import { PlatformSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformChatKey } from './query-keys.js';

/** The platform's summary query, shared by the hook and by writes that need its name from the cache. */
export const platformSummaryQuery = (tenantId: string, platformId: string) => ({
  queryKey: [...platformChatKey(tenantId, platformId), 'summary'],
  queryFn: () => api.get(`/api/platforms/${platformId}`, PlatformSummary, { tenantId }),
});

/**
 * The platform itself, for its current version. The workspace header reads the same key with the same
 * fetcher, so both share one request and one cache entry.
 */
export function usePlatformSummary(tenantId: string, platformId: string) {
  return useQuery(platformSummaryQuery(tenantId, platformId));
}
