import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Member, type TenantRole } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

interface ChangeMemberRole {
  memberId: string;
  role: TenantRole;
}

export function changeMemberRole(tenantId: string, { memberId, role }: ChangeMemberRole): Promise<Member> {
  return api.patch(`/api/tenant/members/${encodeURIComponent(memberId)}`, Member, {
    body: { role },
    tenantId,
  });
}

export function useChangeMemberRole(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: ChangeMemberRole) => changeMemberRole(tenantId, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
}
