import { sql } from 'drizzle-orm';
import type { ExpectedVersion } from '../../../contracts/index.js';
import { AppError, newId } from '../../../kernel/index.js';
import { databaseErrorOf, queryPrepared, SQLSTATE, type AppDb, type AppTx } from '../../db/index.js';
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
  r_version: number | string | null;
  r_archived: boolean | null;
  r_existing: { eventId: string; streamId: string; streamVersion: number; globalPosition: number }[] | null;
  r_first_position: number | string | null;
  r_last_position: number | string | null;
};

/** A batch checked against its contracts and shaped for the append functions (drizzle/0005_…sql). */
export interface PreparedAppend {
  streamId: string;
  streamType: string;
  expected: ExpectedVersion;
  kind: 'any' | 'no_stream' | 'stream_exists' | 'exact';
  exact: number;
  rows: {
    n: number;
    event_id: string;
    type: string;
    schema_version: number;
    data: unknown;
    metadata: unknown;
  }[];
}

/**
 * Appends a batch to a stream inside `tx`, as the transaction's tenant and role, through the function
 * webnova_append_events: it locks the stream row, checks the expected version and looks for the batch's
 * event ids, and inserts only when all is well, so a refused append consumes no positions. Contracts are
 * checked before anything is sent to the database.
 */
export async function appendEvents(
  tx: AppTx,
  registry: EventRegistry,
  tenantId: string,
  streamId: string,
  batch: NewEvent[],
  options: AppendOptions = {},
): Promise<AppendResult> {
  const prepared = prepareAppend(registry, streamId, batch, options);
  return runAppend(prepared, () =>
    tx.execute<AppendRow>(sql`
      select * from webnova_append_events(${tenantId}, ${streamId}, ${prepared.streamType},
        ${JSON.stringify(prepared.rows)}::json, ${prepared.kind}, ${prepared.exact})`),
  );
}

/**
 * The same append as one autocommit statement on `db` (no transaction of the caller's), for a batch
 * prepareAppend has checked: the function webnova_append_events_as_tenant enters the tenant's scope itself,
 * as withTenant does (runtime role, app.tenant_id), so row-level security applies just the same, and the
 * whole append is one round trip, sent as a prepared statement.
 */
export async function appendPreparedAsTenant(
  db: AppDb,
  tenantId: string,
  prepared: PreparedAppend,
): Promise<AppendResult> {
  return runAppend(prepared, async () => ({
    rows: await queryPrepared<AppendRow>(
      db,
      'webnova_append_events_as_tenant',
      'select * from webnova_append_events_as_tenant($1, $2, $3, $4::json, $5, $6)',
      [
        tenantId,
        prepared.streamId,
        prepared.streamType,
        JSON.stringify(prepared.rows),
        prepared.kind,
        prepared.exact,
      ],
    ),
  }));
}

/**
 * Several appends of one tenant as one autocommit statement (group commit), through
 * webnova_append_events_group_as_tenant (drizzle/0010_…sql): each append is checked on its own, so each
 * gets its own outcome, in the order of `group`: its result, or the error that explains its refusal. When
 * the statement itself fails (e.g. a stream created by another writer at the same moment) nothing of the
 * group was written and this throws; the caller then makes the appends one by one.
 */
export async function appendGroupAsTenant(
  db: AppDb,
  tenantId: string,
  group: readonly PreparedAppend[],
): Promise<PromiseSettledResult<AppendResult>[]> {
  const appends = group.map((prepared, i) => ({
    i,
    stream_id: prepared.streamId,
    stream_type: prepared.streamType,
    kind: prepared.kind,
    expected: prepared.exact,
    events: prepared.rows,
  }));
  const rows = await queryPrepared<AppendRow & { r_i: number }>(
    db,
    'webnova_append_events_group_as_tenant',
    'select * from webnova_append_events_group_as_tenant($1, $2::json)',
    [tenantId, JSON.stringify(appends)],
  );
  const byIndex = new Map(rows.map((row) => [Number(row.r_i), row]));
  return group.map((prepared, i) => {
    try {
      return { status: 'fulfilled', value: outcomeOf(prepared, byIndex.get(i)) };
    } catch (reason) {
      return { status: 'rejected', reason };
    }
  });
}

export function prepareAppend(
  registry: EventRegistry,
  streamId: string,
  batch: NewEvent[],
  options: AppendOptions,
): PreparedAppend {
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
  return {
    streamId,
    streamType: options.streamType ?? 'stream',
    expected,
    kind: typeof expected === 'number' ? 'exact' : expected,
    exact: typeof expected === 'number' ? expected : 0,
    rows,
  };
}

/** Runs the append statement and turns its row into a result, or into the error that explains it. */
async function runAppend(
  prepared: PreparedAppend,
  statement: () => Promise<{ rows: AppendRow[] }>,
): Promise<AppendResult> {
  let row: AppendRow | undefined;
  try {
    row = (await statement()).rows[0];
  } catch (error) {
    // Two writers creating the same stream both saw no row to lock; the loser hits the unique version.
    const info = databaseErrorOf(error);
    if (info?.code === SQLSTATE.uniqueViolation) {
      throw new ConcurrencyError(prepared.streamId, prepared.expected, null);
    }
    throw error;
  }
  return outcomeOf(prepared, row);
}

/** The result an append function's row reports, or the error that explains why nothing was written. */
function outcomeOf(prepared: PreparedAppend, row: AppendRow | undefined): AppendResult {
  const { streamId, expected, rows } = prepared;
  if (!row) throw new Error('the append statement returned no row');
  const actual = Number(row.r_version ?? 0);
  if (row.r_first_position !== null && row.r_last_position !== null) {
    return {
      streamId,
      nextVersion: actual + rows.length,
      firstPosition: Number(row.r_first_position),
      lastPosition: Number(row.r_last_position),
      duplicate: false,
    };
  }
  if (row.r_existing?.length) return idempotentResult(streamId, rows, row.r_existing);
  if (row.r_archived) {
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
  existing: NonNullable<AppendRow['r_existing']>,
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
