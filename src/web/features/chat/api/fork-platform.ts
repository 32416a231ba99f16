import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ForkPlatformResponse, type PlatformSummary } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';
import { platformSummaryQuery } from './get-platform.js';

export interface ForkRequest {
  version: number;
  /** The fork's name, e.g. "City clinic (fork)", in the person's language. */
  name: (original: string) => string;
}

/**
 * Forks a version into a new platform with one request: the server copies the version's Blueprint as the
 * new platform's version 1, in one transaction. The name is made here, in the person's language, from
 * the platform's name, which the workspace has already loaded (fetched only if it has not).
 */
export async function forkPlatform(
  queryClient: QueryClient,
  tenantId: string,
  platformId: string,
  request: ForkRequest,
): Promise<PlatformSummary> {
  const source = await queryClient.ensureQueryData(platformSummaryQuery(tenantId, platformId));
  const forked = await api.post(`/api/platforms/${platformId}/fork`, ForkPlatformResponse, {
    tenantId,
    body: { version: request.version, name: request.name(source.name).slice(0, 120) },
  });
  return forked.platform;
}

/** `onForked` runs in the hook, not per call, so it runs even if the refresh re-renders the caller away. */
export function useForkPlatform(
  tenantId: string,
  platformId: string,
  onForked: (platform: PlatformSummary) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ForkRequest) => forkPlatform(queryClient, tenantId, platformId, request),
    onSuccess: (platform) => {
      onForked(platform);
      void queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) });
    },
  });
}
