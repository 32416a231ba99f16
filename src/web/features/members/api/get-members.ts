import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { Member } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

export const membersQueryKey = (tenantId: string) => [...tenantScopeKey(tenantId), 'members'] as const;

export function getMembers(tenantId: string): Promise<Member[]> {
  return api.get('/api/tenant/members', z.array(Member), { tenantId });
}

export function useMembers(tenantId: string) {
  return useQuery({ queryKey: membersQueryKey(tenantId), queryFn: () => getMembers(tenantId) });
}
