import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DeploymentDetail } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';
import { deploymentPath } from './keys.js';

export type DeploymentAction = 'stop' | 'restart';

/** Stops or restarts one deployment; the answer is the deployment afterwards. */
export function useManageDeployment(tenantId: string, platformId: string, action: DeploymentAction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deploymentId: string) =>
      api.post(`${deploymentPath(platformId, deploymentId)}/${action}`, DeploymentDetail, { tenantId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
}
