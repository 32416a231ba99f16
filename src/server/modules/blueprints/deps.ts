import type { Clock } from '../../../kernel/index.js';
import type { EventStore } from '../events/index.js';
import type { QuotaPort } from './platform-quota.js';

export interface BlueprintsDeps {
  store: EventStore;
  clock: Clock;
  quotas: QuotaPort;
}
