import { sql } from 'drizzle-orm';
import type { DeadLetterView } from '../../../contracts/index.js';
import { AppError, newId, notFound } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import type { EventRegistry } from './event-registry.js';
import { EVENT_COLUMNS, toStoredEvent, type EventRow, type StoredEvent } from './stored-event.js';
import type { ResolvedSubscription } from './subscription.js';

export async function recordDeadLetter(
  tx: AppTx,
  tenantId: string,
  subscription: string,
  event: StoredEvent,
  attempts: number,
  lastError: string,
): Promise<void> {
  await tx.execute(sql`
    insert into event_dead_letters
      (tenant_id, id, subscription, global_position, event_id, stream_id, event_type, attempts, last_error)
    values (${tenantId}, ${newId()}, ${subscription}, ${event.globalPosition}, ${event.eventId},
            ${event.streamId}, ${event.type}, ${attempts}, ${lastError.slice(0, 4000)})`);
}

type DeadLetterRow = {
  id: string;
  subscription: string;
  global_position: number | string;
  event_id: string;
  stream_id: string;
  event_type: string;
  attempts: number;
  last_error: string;
  status: DeadLetterView['status'];
  created_at: Date | string;
  resolved_at: Date | string | null;
};

const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();

function toView(row: DeadLetterRow): DeadLetterView {
  return {
    id: row.id,
    subscription: row.subscription,
    globalPosition: Number(row.global_position),
    eventId: row.event_id,
    streamId: row.stream_id,
    eventType: row.event_type,
    attempts: row.attempts,
    lastError: row.last_error,
    status: row.status,
    createdAt: iso(row.created_at),
    resolvedAt: row.resolved_at === null ? null : iso(row.resolved_at),
  };
}

export async function listDeadLetters(
  tx: AppTx,
  tenantId: string,
  filter: { subscription?: string | undefined; status: DeadLetterView['status']; limit: number },
): Promise<DeadLetterView[]> {
  const rows = await tx.execute<DeadLetterRow>(sql`
    select * from event_dead_letters
     where tenant_id = ${tenantId} and status = ${filter.status}
       ${filter.subscription ? sql`and subscription = ${filter.subscription}` : sql``}
     order by created_at desc, id desc limit ${filter.limit}`);
  return rows.rows.map(toView);
}

/** One dead letter with the event it failed on (upcast), for inspection. */
export async function showDeadLetter(
  tx: AppTx,
  registry: EventRegistry,
  tenantId: string,
  id: string,
): Promise<DeadLetterView & { event: StoredEvent | null }> {
  const rows = await tx.execute<DeadLetterRow>(
    sql`select * from event_dead_letters where tenant_id = ${tenantId} and id = ${id}`,
  );
  const row = rows.rows[0];
  if (!row) throw notFound('Dead letter', 'GET /api/events/dead-letters lists them.');
  const events = await tx.execute<EventRow>(sql`
    select ${sql.raw(EVENT_COLUMNS)} from events where tenant_id = ${tenantId} and event_id = ${row.event_id}`);
  const event = events.rows[0];
  return { ...toView(row), event: event ? toStoredEvent(event, registry) : null };
}

/**
 * Runs the subscription's handler on the dead event again, in `tx`, and marks the letter replayed in the
 * same transaction: a handler that fails again leaves the letter as it was and says why.
 */
export async function replayDeadLetter(
  tx: AppTx,
  registry: EventRegistry,
  subscriptions: ReadonlyMap<string, ResolvedSubscription>,
  tenantId: string,
  id: string,
): Promise<DeadLetterView> {
  const letter = await showDeadLetter(tx, registry, tenantId, id);
  if (letter.status !== 'dead')
    throw new AppError('conflict', `This dead letter was already ${letter.status}`);
  const subscription = subscriptions.get(letter.subscription);
  if (!subscription)
    throw notFound(`Subscription ${letter.subscription}`, 'It is no longer registered; discard the letter.');
  if (!letter.event)
    throw notFound('The dead letter’s event', 'Its stream may have been deleted; discard the letter.');
  try {
    await subscription.handle(tx, letter.event, { tenantId, subscription: subscription.name });
  } catch (error) {
    throw new AppError(
      'conflict',
      `The handler failed again: ${error instanceof Error ? error.message : String(error)}`,
      {
        hint: 'Fix the cause, then replay again, or discard the letter.',
      },
    );
  }
  return resolve(tx, tenantId, id, 'replayed');
}

export async function discardDeadLetter(tx: AppTx, tenantId: string, id: string): Promise<DeadLetterView> {
  return resolve(tx, tenantId, id, 'discarded');
}

async function resolve(tx: AppTx, tenantId: string, id: string, status: 'replayed' | 'discarded') {
  const rows = await tx.execute<DeadLetterRow>(sql`
    update event_dead_letters set status = ${status}, resolved_at = now()
     where tenant_id = ${tenantId} and id = ${id} and status = 'dead' returning *`);
  const row = rows.rows[0];
  if (row) return toView(row);
  // Nothing updated: tell "no such letter here" (404, also for other tenants' ids) from "already resolved" (409).
  const existing = await tx.execute<{ status: string }>(
    sql`select status from event_dead_letters where tenant_id = ${tenantId} and id = ${id}`,
  );
  const current = existing.rows[0];
  if (!current)
    throw notFound('Dead letter', 'GET /api/events/dead-letters lists the letters of this tenant.');
  throw new AppError('conflict', `This dead letter was ${current.status} already`, {
    hint: 'Only letters with status "dead" can be replayed or discarded.',
  });
}
