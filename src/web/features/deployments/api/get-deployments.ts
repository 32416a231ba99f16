import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { DeploymentSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { deploymentKeys, platformPath } from './keys.js';

const TENANT_LIMIT = 100;

/** A platform's deployments, newest first. */
export function usePlatformDeployments(tenantId: string, platformId: string) {
  return useQuery({
    queryKey: deploymentKeys.ofPlatform(tenantId, platformId),
    queryFn: () =>
      api.get(`${platformPath(platformId)}/deployments`, z.array(DeploymentSummary), { tenantId }),
  });
}

/** The tenant's deployments of every platform, newest first. */
export function useTenantDeployments(tenantId: string) {
  return useQuery({
    queryKey: [...deploymentKeys.all(tenantId), 'tenant'],
    queryFn: () =>
      api.get(`/api/deployments?limit=${TENANT_LIMIT}`, z.array(DeploymentSummary), { tenantId }),
  });
}
