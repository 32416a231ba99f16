import { sql } from 'drizzle-orm';
import type { ExpectedVersion } from '../../../contracts/index.js';
import { AppError, newId } from '../../../kernel/index.js';
import { databaseErrorOf, SQLSTATE, type AppTx } from '../../db/index.js';
import type { EventRegistry } from './event-registry.js';
import { ConcurrencyError, satisfies } from './expected-version.js';

export interface NewEvent {
  /** Chosen by the writer to make retries idempotent; a fresh UUIDv7 when absent. */
  eventId?: string | undefined;
  type: string;
  data: unknown;
  metadata?: Record<string, unknown> | undefined;
}

export interface AppendOptions {
  expected?: ExpectedVersion;
  /** Recorded on a new stream, e.g. the aggregate type. */
  streamType?: string | undefined;
  /** Accept types no module registered (the HTTP route), as JSON objects up to 64 KB. */
  allowUnregistered?: boolean;
}

export interface AppendResult {
  streamId: string;
  nextVersion: number;
  firstPosition: number;
  lastPosition: number;
  /** True for an idempotent retry: nothing was written and the original positions are returned. */
  duplicate: boolean;
}

type AppendRow = {
  version: number | string | null;
  archived: boolean | null;
  existing: { eventId: string; streamId: string; streamVersion: number; globalPosition: number }[] | null;
  first_position: number | string | null;
  last_position: number | string | null;
};

/**
 * Appends a batch to a stream inside `tx`, in one statement: it locks the stream row, checks the expected
 * version and looks for the batch's event ids, and inserts only when all is well, so a refused append
 * consumes no positions. Contracts are checked before anything is sent to the database.
 */
export async function appendEvents(
  tx: AppTx,
  registry: EventRegistry,
  tenantId: string,
  streamId: string,
  batch: NewEvent[],
  options: AppendOptions = {},
): Promise<AppendResult> {
  if (batch.length === 0) throw new AppError('validation_failed', 'An append needs at least one event');
  const expected = options.expected ?? 'any';
  const rows = batch.map((event, index) => {
    const prepared = registry.prepare(event.type, event.data, options.allowUnregistered ?? false);
    return {
      n: index + 1,
      event_id: event.eventId ?? newId(),
      type: event.type,
      schema_version: prepared.schemaVersion,
      data: prepared.data,
      metadata: event.metadata ?? {},
    };
  });
  const kind = typeof expected === 'number' ? 'exact' : expected;
  const exact = typeof expected === 'number' ? expected : 0;
  let row: AppendRow | undefined;
  try {
    const result = await tx.execute<AppendRow>(sql`
      with stream as (
        select version, archived from event_streams
         where tenant_id = ${tenantId} and stream_id = ${streamId} for update
      ), input as (
        select * from json_to_recordset(${JSON.stringify(rows)}::json)
          as t(n int, event_id uuid, type text, schema_version int, data jsonb, metadata jsonb)
      ), existing as (
        select e.event_id, e.stream_id, e.stream_version, e.global_position from events e
         where e.tenant_id = ${tenantId} and e.event_id = any(array(select event_id from input))
      ), allowed as (
        select coalesce((select version from stream), 0) as version
         where not exists (select 1 from existing)
           and not coalesce((select archived from stream), false)
           and case ${kind}::text
                 when 'any' then true
                 when 'no_stream' then coalesce((select version from stream), 0) = 0
                 when 'stream_exists' then coalesce((select version from stream), 0) > 0
                 else coalesce((select version from stream), 0) = ${exact}::bigint
               end
      ), appended as (
        insert into events (tenant_id, stream_id, stream_version, event_id, type, schema_version, data, metadata)
        select ${tenantId}, ${streamId}, allowed.version + input.n, input.event_id, input.type,
               input.schema_version, input.data, input.metadata
          from input cross join allowed
         order by input.n
        returning global_position
      ), moved as (
        insert into event_streams (tenant_id, stream_id, type, version)
        select ${tenantId}, ${streamId}, ${options.streamType ?? 'stream'}, allowed.version + ${rows.length}
          from allowed where exists (select 1 from appended)
        on conflict (tenant_id, stream_id) do update set version = excluded.version, updated_at = now()
      )
      select (select version from stream) as version,
             (select archived from stream) as archived,
             (select json_agg(json_build_object('eventId', event_id, 'streamId', stream_id,
                     'streamVersion', stream_version, 'globalPosition', global_position)
                     order by global_position) from existing) as existing,
             (select min(global_position) from appended) as first_position,
             (select max(global_position) from appended) as last_position`);
    row = result.rows[0];
  } catch (error) {
    // Two writers creating the same stream both saw no row to lock; the loser hits the unique version.
    const info = databaseErrorOf(error);
    if (info?.code === SQLSTATE.uniqueViolation) throw new ConcurrencyError(streamId, expected, null);
    throw error;
  }
  if (!row) throw new Error('the append statement returned no row');
  const actual = Number(row.version ?? 0);
  if (row.first_position !== null && row.last_position !== null) {
    return {
      streamId,
      nextVersion: actual + rows.length,
      firstPosition: Number(row.first_position),
      lastPosition: Number(row.last_position),
      duplicate: false,
    };
  }
  if (row.existing?.length) return idempotentResult(streamId, rows, row.existing);
  if (row.archived) {
    throw new AppError('conflict', `Stream ${streamId} is archived and takes no more events`, {
      hint: 'Start a new stream; archived streams stay readable.',
    });
  }
  if (!satisfies(expected, actual)) throw new ConcurrencyError(streamId, expected, actual);
  throw new Error(`the append to ${streamId} wrote nothing and gave no reason`);
}

/** A retry of a whole batch returns the original positions; a batch that only partly overlaps is refused. */
function idempotentResult(
  streamId: string,
  rows: { event_id: string }[],
  existing: NonNullable<AppendRow['existing']>,
): AppendResult {
  const sameStream = existing.every((event) => event.streamId === streamId);
  if (existing.length !== rows.length || !sameStream) {
    throw new AppError(
      'conflict',
      `${existing.length} of the ${rows.length} event ids in this batch were already appended` +
        (sameStream ? '' : ' to another stream'),
      {
        hint: 'Retry a batch exactly as first sent, or give new events new ids.',
        details: { alreadyAppended: existing.map((event) => event.eventId) },
      },
    );
  }
  const versions = existing.map((event) => Number(event.streamVersion));
  return {
    streamId,
    nextVersion: Math.max(...versions),
    firstPosition: Number(existing[0]!.globalPosition),
    lastPosition: Number(existing.at(-1)!.globalPosition),
    duplicate: true,
  };
}
