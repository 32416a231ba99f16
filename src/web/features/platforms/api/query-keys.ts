import { tenantScopeKey } from '../../../lib/query-keys.js';

/** The tenant's platform reads. One platform's key matches the chat's, so both share one request. */
export const platformsKey = (tenantId: string) => [...tenantScopeKey(tenantId), 'platforms'] as const;
