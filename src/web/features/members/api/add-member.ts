import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type AddMemberRequest, Member } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

export function addMember(tenantId: string, body: z.output<typeof AddMemberRequest>): Promise<Member> {
  return api.post('/api/tenant/members', Member, { body, tenantId });
}

export function useAddMember(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: z.output<typeof AddMemberRequest>) => addMember(tenantId, body),
    // Seats and the audit log change too: refresh the whole tenant.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
}
