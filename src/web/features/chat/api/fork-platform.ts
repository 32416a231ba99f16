import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  BlueprintVersionDetail,
  CreatePlatformResponse,
  type PlatformSummary,
} from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

export interface ForkRequest {
  version: number;
  /** The fork's name, e.g. "City clinic (fork)", in the person's language. */
  name: (original: string) => string;
}

const MAX_SLUG = 63;

/**
 * The server has no fork route, so a fork is made from the routes there are: a new platform drafted by
 * the offline analyzer (no AI call, no cost) from the version's description, whose Blueprint is then
 * replaced by the forked version's as a hand edit. The fork's version 2 equals the forked version.
 */
export async function forkPlatform(
  tenantId: string,
  platformId: string,
  request: ForkRequest,
): Promise<PlatformSummary> {
  const source = await api.get(
    `/api/platforms/${platformId}/versions/${request.version}`,
    BlueprintVersionDetail,
    { tenantId },
  );
  const { blueprint } = source;
  const created = await api.post('/api/platforms', CreatePlatformResponse, {
    tenantId,
    body: { description: blueprint.description.trim() || blueprint.name, provider: 'offline' },
  });
  const slug = `${blueprint.slug.slice(0, MAX_SLUG - 5).replace(/-+$/, '')}-fork`;
  await api.post(`/api/platforms/${created.platform.id}/versions`, BlueprintVersionDetail, {
    tenantId,
    body: {
      blueprint: { ...blueprint, name: request.name(blueprint.name).slice(0, 120), slug },
      basedOn: created.version.version,
    },
  });
  return created.platform;
}

/** `onForked` runs in the hook, not per call, so it runs even if the refresh re-renders the caller away. */
export function useForkPlatform(
  tenantId: string,
  platformId: string,
  onForked: (platform: PlatformSummary) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ForkRequest) => forkPlatform(tenantId, platformId, request),
    onSuccess: (platform) => {
      onForked(platform);
      void queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) });
    },
  });
}
