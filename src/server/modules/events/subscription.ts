import type { AppTx } from '../../db/index.js';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
import type { StoredEvent } from './stored-event.js';

export interface HandlerContext {
  tenantId: string;
  subscription: string;
}

/**
 * A named subscription: its handler runs inside the transaction that also moves its checkpoint, so
 * database effects happen exactly once. Consumers on several instances share it by partitions.
 */
export interface SubscriptionDefinition {
  name: string;
  /** Only these event types reach the handler; the checkpoint moves past the others. All when absent. */
  types?: readonly string[];
  /** Streams are spread over this many partitions by `hash(stream_id) % partitions`. */
  partitions?: number;
  /** Attempts per event before it is dead-lettered (default 10). */
  maxAttempts?: number;
  backoff?: BackoffPolicy;
  batchSize?: number;
  handle(tx: AppTx, event: StoredEvent, context: HandlerContext): Promise<void>;
}

export type ResolvedSubscription = Required<Omit<SubscriptionDefinition, 'types'>> & {
  types: ReadonlySet<string> | null;
};

export function resolveSubscription(definition: SubscriptionDefinition): ResolvedSubscription {
  if (!/^[a-z][a-z0-9_.-]{0,99}$/.test(definition.name)) {
    throw new Error(`subscription name ${definition.name} must be lowercase letters, digits, _ . -`);
  }
  return {
    ...definition,
    types: definition.types ? new Set(definition.types) : null,
    partitions: definition.partitions ?? 1,
    maxAttempts: definition.maxAttempts ?? 10,
    backoff: definition.backoff ?? DEFAULT_BACKOFF,
    batchSize: definition.batchSize ?? 100,
  };
}
