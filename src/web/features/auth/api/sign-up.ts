import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { SessionInfo, type SignUpRequest } from '../../../../contracts/index.js';
import { api, setCsrfToken } from '../../../lib/api-client.js';
import { sessionQueryKey } from '../../../lib/query-keys.js';

export function signUp(body: z.output<typeof SignUpRequest>): Promise<SessionInfo> {
  return api.post('/api/auth/signup', SessionInfo, { body, tenantId: null });
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    onSuccess: (session) => {
      queryClient.clear();
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
