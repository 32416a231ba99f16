import { useQuery } from '@tanstack/react-query';
import { getPlatformVersions, platformVersionsKey } from '../../../lib/platform-versions.js';

/** The platform's newest Blueprint version (null before the list arrives), from the shared versions list. */
export function useLatestVersion(tenantId: string, platformId: string) {
  return useQuery({
    queryKey: platformVersionsKey(tenantId, platformId),
    queryFn: () => getPlatformVersions(tenantId, platformId),
    select: (versions) => versions[0] ?? null,
  });
}
