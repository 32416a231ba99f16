import type { AppTx } from '../../db/index.js';
import type { NewEvent } from './append-events.js';

/** An event as an inline projection sees it: what was appended and where it landed in its stream. */
export interface AppendedEvent extends NewEvent {
  streamId: string;
  streamVersion: number;
}

/**
 * A read model kept in step inside the appending transaction: it can never lag, and a failure refuses
 * the append. For read models that may lag, use an async projection (a subscription) instead.
 */
export interface InlineProjection {
  name: string;
  types: readonly string[];
  apply(tx: AppTx, tenantId: string, events: AppendedEvent[]): Promise<void>;
}
