import { useQuery } from '@tanstack/react-query';
import { QuotaReport } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

export function getQuotas(tenantId: string): Promise<QuotaReport> {
  return api.get('/api/tenant/quotas', QuotaReport, { tenantId });
}

export function useQuotas(tenantId: string) {
  return useQuery({ queryKey: [...tenantScopeKey(tenantId), 'quotas'], queryFn: () => getQuotas(tenantId) });
}
