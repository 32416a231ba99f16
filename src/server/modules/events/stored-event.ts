import type { EventRegistry } from './event-registry.js';

/** An event as read back, upcast to its type's current schema version. */
export interface StoredEvent<Data = unknown> {
  globalPosition: number;
  txId: string;
  /** `<tx_id>:<global_position>`: pass it as `after` to read on from here. */
  cursor: string;
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: Data;
  metadata: Record<string, unknown>;
  createdAt: Date;
}

/** The columns every event read selects, in the shape `toStoredEvent` takes. */
export const EVENT_COLUMNS = `global_position, tx_id::text as tx_id, stream_id, stream_version, event_id, type,
  schema_version, data, metadata, created_at`;

export type EventRow = {
  global_position: number | string;
  tx_id: string;
  stream_id: string;
  stream_version: number | string;
  event_id: string;
  type: string;
  schema_version: number;
  data: unknown;
  metadata: Record<string, unknown>;
  created_at: Date | string;
};

export function toStoredEvent(row: EventRow, registry: EventRegistry): StoredEvent {
  const current = registry.upcast(row.type, row.schema_version, row.data);
  const globalPosition = Number(row.global_position);
  return {
    globalPosition,
    txId: row.tx_id,
    cursor: `${row.tx_id}:${globalPosition}`,
    streamId: row.stream_id,
    streamVersion: Number(row.stream_version),
    eventId: row.event_id,
    type: row.type,
    schemaVersion: current.schemaVersion,
    data: current.data,
    metadata: row.metadata,
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
  };
}

/** The HTTP view of an event (dates as ISO text, no internal tx id). */
export function eventView(event: StoredEvent) {
  const { txId: _txId, createdAt, ...rest } = event;
  return { ...rest, createdAt: createdAt.toISOString() };
}
