import { useMutation } from '@tanstack/react-query';
import { PlatformAdminCredentials } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { platformPath } from './keys.js';

/**
 * Reads the platform's administrator login. A mutation, not a query: every read is audited, so it happens
 * when a person asks to reveal it, never on a background refetch.
 */
export function useRevealAdminCredentials(tenantId: string, platformId: string) {
  return useMutation({
    mutationFn: () =>
      api.get(`${platformPath(platformId)}/admin-credentials`, PlatformAdminCredentials, { tenantId }),
  });
}
