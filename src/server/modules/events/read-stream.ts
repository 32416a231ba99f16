import { sql } from 'drizzle-orm';
import type { AppTx } from '../../db/index.js';
import type { EventRegistry } from './event-registry.js';
import { EVENT_COLUMNS, toStoredEvent, type EventRow, type StoredEvent } from './stored-event.js';

export interface ReadStreamOptions {
  direction?: 'forwards' | 'backwards';
  /** Inclusive; forwards defaults to the first event, backwards to the last. */
  from?: number | undefined;
  limit?: number;
}

export interface StreamRead {
  streamId: string;
  /** 0 when the stream does not exist. */
  version: number;
  archived: boolean;
  events: StoredEvent[];
}

/** One stream's events in version order (or reverse), upcast to their current shapes. */
export async function readStream(
  tx: AppTx,
  registry: EventRegistry,
  tenantId: string,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<StreamRead> {
  const backwards = options.direction === 'backwards';
  const limit = options.limit ?? 1000;
  const from = options.from ?? (backwards ? Number.MAX_SAFE_INTEGER : 0);
  const head = await tx.execute<{ version: number | string; archived: boolean }>(
    sql`select version, archived from event_streams where tenant_id = ${tenantId} and stream_id = ${streamId}`,
  );
  const stream = head.rows[0];
  const rows = await tx.execute<EventRow>(sql`
    select ${sql.raw(EVENT_COLUMNS)} from events
     where tenant_id = ${tenantId} and stream_id = ${streamId}
       and ${backwards ? sql`stream_version <= ${from}` : sql`stream_version >= ${from}`}
     order by stream_version ${sql.raw(backwards ? 'desc' : 'asc')}
     limit ${limit}`);
  return {
    streamId,
    version: Number(stream?.version ?? 0),
    archived: stream?.archived ?? false,
    events: rows.rows.map((row) => toStoredEvent(row, registry)),
  };
}
