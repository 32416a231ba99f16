import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { type SessionInfo, type UpdateProfileRequest, User } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { sessionQueryKey } from '../../../lib/query-keys.js';

export function updateProfile(body: z.output<typeof UpdateProfileRequest>): Promise<User> {
  return api.patch('/api/auth/profile', User, { body, tenantId: null });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    // The header shows the name from the session: update it in place rather than refetching.
    onSuccess: (user) =>
      queryClient.setQueryData<SessionInfo | null>(sessionQueryKey, (session) =>
        session ? { ...session, user } : session,
      ),
  });
}
