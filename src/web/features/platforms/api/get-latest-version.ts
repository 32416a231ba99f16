import { usePlatformVersions } from '../../../lib/platform-versions.js';

/** The platform's newest Blueprint version (null before the list arrives), from the shared versions list. */
export function useLatestVersion(tenantId: string, platformId: string) {
  return usePlatformVersions(tenantId, platformId, (versions) => versions[0] ?? null);
}
