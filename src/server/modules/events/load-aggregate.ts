import { sql } from 'drizzle-orm';
import type { AppTx } from '../../db/index.js';
import type { EventRegistry } from './event-registry.js';
import { readStream } from './read-stream.js';
import type { StoredEvent } from './stored-event.js';

/** How to fold a stream into state, and how often to snapshot it. */
export interface AggregateDefinition<State> {
  type: string;
  /** Bump when the state's shape changes: snapshots of another version are ignored and rebuilt. */
  stateVersion: number;
  initial: () => State;
  evolve: (state: State, event: StoredEvent) => State;
  /** Write a snapshot once this many events have gone by since the last one. */
  snapshotEvery: number;
}

export interface LoadedAggregate<State> {
  state: State;
  version: number;
  /** The stream version the load started from (0 without a usable snapshot). */
  fromSnapshot: number;
}

const PAGE = 1000;

/**
 * Rebuilds an aggregate's state from its latest snapshot (if its state version matches) plus the events
 * after it, and writes a new snapshot when enough events have gone by, all in `tx`.
 */
export async function loadAggregate<State>(
  tx: AppTx,
  registry: EventRegistry,
  tenantId: string,
  streamId: string,
  aggregate: AggregateDefinition<State>,
): Promise<LoadedAggregate<State>> {
  const snapshots = await tx.execute<{ stream_version: number | string; state: State }>(sql`
    select stream_version, state from event_snapshots
     where tenant_id = ${tenantId} and stream_id = ${streamId}
       and aggregate_type = ${aggregate.type} and state_version = ${aggregate.stateVersion}`);
  const snapshot = snapshots.rows[0];
  const fromSnapshot = snapshot ? Number(snapshot.stream_version) : 0;
  let state = snapshot ? snapshot.state : aggregate.initial();
  let version = fromSnapshot;
  for (;;) {
    const page = await readStream(tx, registry, tenantId, streamId, { from: version + 1, limit: PAGE });
    for (const event of page.events) state = aggregate.evolve(state, event);
    version = page.events.at(-1)?.streamVersion ?? version;
    if (page.events.length < PAGE) break;
  }
  if (version - fromSnapshot >= aggregate.snapshotEvery) {
    await tx.execute(sql`
      insert into event_snapshots (tenant_id, stream_id, aggregate_type, state_version, stream_version, state)
      values (${tenantId}, ${streamId}, ${aggregate.type}, ${aggregate.stateVersion}, ${version}, ${JSON.stringify(state)}::jsonb)
      on conflict (tenant_id, stream_id) do update
        set aggregate_type = excluded.aggregate_type, state_version = excluded.state_version,
            stream_version = excluded.stream_version, state = excluded.state, created_at = now()`);
  }
  return { state, version, fromSnapshot };
}
