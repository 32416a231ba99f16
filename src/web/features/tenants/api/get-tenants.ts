import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { TenantSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantsQueryKey } from '../../../lib/query-keys.js';

export function getTenants(): Promise<TenantSummary[]> {
  return api.get('/api/tenants', z.array(TenantSummary), { tenantId: null });
}

/** Starts from the session's copy (no spinner after login) and refreshes it in the background. */
export function useTenants(fromSession: TenantSummary[] | undefined) {
  return useQuery({
    queryKey: tenantsQueryKey,
    queryFn: getTenants,
    enabled: fromSession !== undefined,
    ...(fromSession ? { initialData: fromSession, initialDataUpdatedAt: 0 } : {}),
  });
}
