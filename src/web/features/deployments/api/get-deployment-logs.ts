import { useQuery } from '@tanstack/react-query';
import { DeploymentLogs } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { deploymentKeys, deploymentPath } from './keys.js';

/** The latest lines of a deployment's log (optionally only those containing `search`). */
export function useDeploymentLogTail(
  tenantId: string,
  platformId: string,
  deploymentId: string,
  options: { tail: number; search?: string; enabled?: boolean },
) {
  const search = options.search ?? '';
  const query = new URLSearchParams({ tail: String(options.tail) });
  if (search) query.set('search', search);
  return useQuery({
    queryKey: deploymentKeys.logs(tenantId, deploymentId, options.tail, search),
    queryFn: () =>
      api.get(`${deploymentPath(platformId, deploymentId)}/logs?${query.toString()}`, DeploymentLogs, {
        tenantId,
      }),
    enabled: options.enabled ?? true,
  });
}
