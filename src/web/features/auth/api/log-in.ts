import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type LogInRequest, SessionInfo } from '../../../../contracts/index.js';
import { api, setCsrfToken } from '../../../lib/api-client.js';
import { sessionQueryKey } from '../../../lib/query-keys.js';

export function logIn(body: z.output<typeof LogInRequest>): Promise<SessionInfo> {
  return api.post('/api/auth/login', SessionInfo, { body, tenantId: null });
}

export function useLogIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logIn,
    onSuccess: (session) => {
      // Another account may have used this browser: nothing cached may leak into the new session.
      queryClient.clear();
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
