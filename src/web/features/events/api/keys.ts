import { tenantScopeKey } from '../../../lib/query-keys.js';

/** The live connection refreshes `subscriptions` and `dead-letters` as events commit (see lib/live-events). */
export const eventsKeys = {
  all: (tenantId: string) => [...tenantScopeKey(tenantId), 'events'] as const,
  log: (tenantId: string) => [...eventsKeys.all(tenantId), 'log'] as const,
  subscriptions: (tenantId: string) => [...eventsKeys.all(tenantId), 'subscriptions'] as const,
  deadLetters: (tenantId: string) => [...eventsKeys.all(tenantId), 'dead-letters'] as const,
};
