import { tenantScopeKey } from '../../../lib/query-keys.js';

export const generationsKey = (tenantId: string, platformId: string) =>
  [...tenantScopeKey(tenantId), 'platforms', platformId, 'generations'] as const;
