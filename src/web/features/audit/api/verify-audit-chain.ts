import { useMutation } from '@tanstack/react-query';
import { AuditVerification } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';

export function verifyAuditChain(tenantId: string): Promise<AuditVerification> {
  return api.get('/api/audit/verify', AuditVerification, { tenantId });
}

/** A mutation, not a query: verifying is an action the user starts, and each run should really recompute. */
export function useVerifyAuditChain(tenantId: string) {
  return useMutation({ mutationFn: () => verifyAuditChain(tenantId) });
}
