import type { AppTx } from '../../db/index.js';
import type { StoredEvent } from './stored-event.js';
import type { SubscriptionDefinition } from './subscription.js';

/** Where an async projection writes: its live table, or the fresh table a rebuild fills. */
export interface ProjectionTarget {
  tenantId: string;
  table: string;
}

/**
 * A read model kept by a subscription, in a tenant-owned table of its own: it may lag, and it can be
 * rebuilt from the start of time when its logic or shape changes (see rebuild-projection.ts). Handlers
 * write to `target.table`, never to a fixed name, so the same logic fills the live table and a fresh one.
 */
export interface AsyncProjection {
  /** Also the name of its subscription, and so of its checkpoints. */
  name: string;
  /** The live table: lower-case letters, digits and _, with a `tenant_id uuid` column. */
  table: string;
  types?: readonly string[];
  partitions?: number;
  maxAttempts?: number;
  /**
   * Creates an empty table of the current shape under `table`. A rebuild calls it for the fresh table;
   * the live table's first version comes from a migration like any other.
   */
  createTable(tx: AppTx, table: string): Promise<void>;
  apply(tx: AppTx, event: StoredEvent, target: ProjectionTarget): Promise<void>;
}

/** The subscription that keeps the live table in step. */
export function projectionSubscription(projection: AsyncProjection): SubscriptionDefinition {
  return {
    name: projection.name,
    ...(projection.types ? { types: projection.types } : {}),
    ...(projection.partitions ? { partitions: projection.partitions } : {}),
    ...(projection.maxAttempts ? { maxAttempts: projection.maxAttempts } : {}),
    handle: (tx, event, context) =>
      projection.apply(tx, event, { tenantId: context.tenantId, table: projection.table }),
  };
}
