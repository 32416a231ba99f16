import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type CreateTenantRequest, TenantSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { storeTenantId } from '../../../lib/current-tenant.js';
import { sessionQueryKey, tenantsQueryKey } from '../../../lib/query-keys.js';

export function createTenant(body: z.output<typeof CreateTenantRequest>): Promise<TenantSummary> {
  return api.post('/api/tenants', TenantSummary, { body, tenantId: null });
}

export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTenant,
    onSuccess: async (tenant) => {
      // Whoever creates a tenant wants to work in it next.
      storeTenantId(tenant.id);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: tenantsQueryKey }),
        queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
      ]);
    },
  });
}
