import { tenantScopeKey } from '../../../lib/query-keys.js';

/** Under the tenant's prefix, so any write in the tenant (and live events) refreshes them. */
export const deploymentKeys = {
  all: (tenantId: string) => [...tenantScopeKey(tenantId), 'deployments'] as const,
  ofPlatform: (tenantId: string, platformId: string) =>
    [...deploymentKeys.all(tenantId), 'platform', platformId] as const,
  detail: (tenantId: string, deploymentId: string) =>
    [...deploymentKeys.all(tenantId), 'detail', deploymentId] as const,
  logs: (tenantId: string, deploymentId: string, tail: number, search: string) =>
    [...deploymentKeys.all(tenantId), 'logs', deploymentId, tail, search] as const,
};

export const platformPath = (platformId: string) => `/api/platforms/${encodeURIComponent(platformId)}`;
export const deploymentPath = (platformId: string, deploymentId: string) =>
  `${platformPath(platformId)}/deployments/${encodeURIComponent(deploymentId)}`;
