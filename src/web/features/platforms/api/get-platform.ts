import { useQuery } from '@tanstack/react-query';
import { PlatformSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformsKey } from './query-keys.js';

/** One platform with its current and approved versions. */
export function usePlatform(tenantId: string, platformId: string) {
  return useQuery({
    queryKey: [...platformsKey(tenantId), platformId, 'summary'],
    queryFn: () => api.get(`/api/platforms/${platformId}`, PlatformSummary, { tenantId }),
  });
}
