import { useQuery } from '@tanstack/react-query';
import { PlatformPage } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

/** Platform names by id, so the tenant-wide list says "Clinic" rather than an id. */
export function usePlatformNames(tenantId: string) {
  return useQuery({
    queryKey: [...tenantScopeKey(tenantId), 'deployments', 'platform-names'],
    queryFn: async () => {
      const page = await api.get('/api/platforms?limit=200', PlatformPage, { tenantId });
      return new Map(page.platforms.map((platform) => [platform.id, platform.name]));
    },
  });
}
