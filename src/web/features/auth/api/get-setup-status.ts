import { useQuery } from '@tanstack/react-query';
import { SetupStatus } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';

/** Whether the installation has its owner yet; the first sign-up may need the setup token. */
export function getSetupStatus() {
  return api.get('/api/setup/status', SetupStatus, { tenantId: null });
}

export function useSetupStatus() {
  return useQuery({ queryKey: ['setup-status'], queryFn: getSetupStatus, staleTime: Infinity });
}
