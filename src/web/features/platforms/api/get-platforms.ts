import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { PlatformPage } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformsKey } from './query-keys.js';

// The home shows every platform on one page; a tenant's plan allows far fewer than this.
const PAGE_SIZE = 200;

export function getPlatforms(tenantId: string, search: string): Promise<PlatformPage> {
  const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (search) query.set('q', search);
  return api.get(`/api/platforms?${query.toString()}`, PlatformPage, { tenantId });
}

/** The tenant's platforms whose name contains `search`, newest first. */
export function usePlatforms(tenantId: string, search: string) {
  return useQuery({
    queryKey: [...platformsKey(tenantId), 'list', search],
    queryFn: () => getPlatforms(tenantId, search),
    // Keeps the cards while the next search loads, so typing does not flash the loading state.
    placeholderData: keepPreviousData,
  });
}
