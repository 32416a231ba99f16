import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { CreateApiTokenRequest, CreatedApiToken as CreatedApiToken } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { apiTokensQueryKey } from './get-api-tokens.js';

/** The form's shape: the expiry comes from a select as text, and "never" means no expiry at all. */
export const CreateApiTokenForm = CreateApiTokenRequest.extend({
  expiresInDays: z
    .union([z.literal('never').transform(() => undefined), z.coerce.number().int().min(1).max(3650)])
    .optional(),
});

export function createApiToken(body: z.output<typeof CreateApiTokenRequest>): Promise<CreatedApiToken> {
  return api.post('/api/auth/tokens', CreatedApiToken, { body, tenantId: null });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensQueryKey }),
  });
}
