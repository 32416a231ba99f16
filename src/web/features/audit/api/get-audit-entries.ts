import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { AuditEntry } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

const PAGE_SIZE = 50;

export function getAuditEntries(tenantId: string): Promise<AuditEntry[]> {
  return api.get(`/api/audit?limit=${PAGE_SIZE}`, z.array(AuditEntry), { tenantId });
}

export function useAuditEntries(tenantId: string) {
  return useQuery({
    queryKey: [...tenantScopeKey(tenantId), 'audit'],
    queryFn: () => getAuditEntries(tenantId),
  });
}
