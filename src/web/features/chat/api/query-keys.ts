import { tenantScopeKey } from '../../../lib/query-keys.js';

/** Everything the chat reads about one platform sits under this key, inside the tenant's prefix. */
export const platformChatKey = (tenantId: string, platformId: string) =>
  [...tenantScopeKey(tenantId), 'platforms', platformId] as const;
