import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiToken } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';

export const apiTokensQueryKey = ['api-tokens'] as const;

export function getApiTokens(): Promise<ApiToken[]> {
  return api.get('/api/auth/tokens', z.array(ApiToken), { tenantId: null });
}

export function useApiTokens() {
  return useQuery({ queryKey: apiTokensQueryKey, queryFn: getApiTokens });
}
