import { sql } from 'drizzle-orm';
import type { AppTx } from '../../db/index.js';
import { formatCursor, type Cursor } from './cursor.js';
import type { EventRegistry } from './event-registry.js';
import { EVENT_COLUMNS, toStoredEvent, type EventRow, type StoredEvent } from './stored-event.js';

export interface AllRead {
  events: StoredEvent[];
  next: string;
}

/**
 * A tenant's events after `after`, in (tx_id, global_position) order. Only transactions below the
 * snapshot's xmin are read: every one of them has finished, so no event can later appear before the
 * cursor. A transaction that took its positions early and commits late is therefore read late, never
 * skipped; a bare sequence would skip it.
 * The ORDER BY names the table's columns: a bare `tx_id` would mean the selected `tx_id::text`, which
 * sorts '10' before '9' and cannot use events_cursor_idx (a sort of all the tenant's events per page).
 */
export async function readAll(
  tx: AppTx,
  registry: EventRegistry,
  tenantId: string,
  after: Cursor,
  limit: number,
): Promise<AllRead> {
  const rows = await tx.execute<EventRow>(sql`
    select ${sql.raw(EVENT_COLUMNS)} from events
     where tenant_id = ${tenantId}
       and (tx_id, global_position) > (${after.txId}::xid8, ${after.position}::bigint)
       and tx_id < pg_snapshot_xmin(pg_current_snapshot())
     order by events.tx_id, events.global_position
     limit ${limit}`);
  const events = rows.rows.map((row) => toStoredEvent(row, registry));
  const last = events.at(-1);
  return { events, next: last ? last.cursor : formatCursor(after) };
}
