import { tenantScopeKey } from '../../../lib/query-keys.js';

/** Everything this feature reads about one platform sits under one key, so a write refreshes it all. */
export const platformBlueprintKey = (tenantId: string, platformId: string) =>
  [...tenantScopeKey(tenantId), 'platforms', platformId] as const;
