import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api-client.js';
import { sessionQueryKey } from '../../../lib/query-keys.js';

export function logOut(): Promise<void> {
  return api.send('POST', '/api/auth/logout', { body: {}, tenantId: null });
}

export function useLogOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logOut,
    // Signed out locally even if the server call failed: the user asked to leave.
    onSettled: () => {
      setCsrfToken(null);
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
