import { useQuery } from '@tanstack/react-query';
import { DeploymentDetail } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { deploymentKeys, deploymentPath } from './keys.js';

/** One deployment with its health history and the steps that made it. */
export function useDeployment(tenantId: string, platformId: string, deploymentId: string | null) {
  return useQuery({
    queryKey: deploymentKeys.detail(tenantId, deploymentId ?? ''),
    queryFn: () => api.get(deploymentPath(platformId, deploymentId ?? ''), DeploymentDetail, { tenantId }),
    enabled: deploymentId !== null,
  });
}
