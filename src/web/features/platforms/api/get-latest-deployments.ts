import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { DeploymentSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';
import { latestDeploymentByPlatform } from '../lib/platform-status.js';

/**
 * Each platform's latest deployment, from one call for the whole tenant (newest first) joined here,
 * instead of one call per card.
 */
export function useLatestDeployments(tenantId: string) {
  return useQuery({
    queryKey: [...tenantScopeKey(tenantId), 'deployments', 'tenant'],
    queryFn: () => api.get('/api/deployments?limit=500', z.array(DeploymentSummary), { tenantId }),
    select: latestDeploymentByPlatform,
  });
}
