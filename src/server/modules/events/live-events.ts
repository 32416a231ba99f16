import { sql } from 'drizzle-orm';
import type { AppTx } from '../../db/index.js';
import { START, type Cursor } from './cursor.js';
import type { EventNotifier } from './notifier.js';
import type { AllRead } from './read-all.js';
import type { StoredEvent } from './stored-event.js';

const PAGE = 200;

export interface FollowOptions {
  tenantId: string;
  after: Cursor;
  /** Reads the tenant's events after a cursor (readAll in a short transaction of the route's). */
  read: (after: Cursor, limit: number) => Promise<AllRead>;
  send: (event: StoredEvent) => void;
  /** Wakes the follower when a commit for a tenant is heard of; without it, only the poll finds events. */
  notifier: EventNotifier | undefined;
  /** The safety poll: a lost wake-up, or a commit hidden behind an older open transaction, waits this long. */
  pollMs: number;
  signal: AbortSignal;
}

/**
 * Sends the tenant's events after `after`, then each new one as it becomes readable, until `signal`
 * aborts; resolves with the last cursor sent. Wake-ups come from the notifier that wakes the bus and the
 * subscriptions (local commits at once, other instances' through NOTIFY); the poll only covers their loss.
 */
export async function followEvents(options: FollowOptions): Promise<Cursor> {
  const { tenantId, signal } = options;
  let cursor = options.after;
  let woken = false;
  let signalWake: (() => void) | null = null;
  const unsubscribe = options.notifier?.onWake((woke) => {
    if (woke !== tenantId) return;
    woken = true;
    signalWake?.();
  });
  try {
    while (!signal.aborted) {
      woken = false;
      cursor = await sendPages(options, cursor);
      // A wake-up heard during the read may be for an event the read missed: read again at once.
      if (woken || signal.aborted) continue;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          signalWake = null;
          resolve();
        };
        const timer = setTimeout(done, options.pollMs);
        signalWake = done;
        signal.addEventListener('abort', done, { once: true });
      });
    }
  } finally {
    unsubscribe?.();
  }
  return cursor;
}

async function sendPages(options: FollowOptions, after: Cursor): Promise<Cursor> {
  let cursor = after;
  for (;;) {
    const page = await options.read(cursor, PAGE);
    for (const event of page.events) {
      if (options.signal.aborted) return cursor;
      options.send(event);
      cursor = { txId: event.txId, position: event.globalPosition };
    }
    if (page.events.length < PAGE) return cursor;
  }
}

/** The cursor of the tenant's newest readable event: a follower without a cursor starts after it. */
export async function headCursor(tx: AppTx, tenantId: string): Promise<Cursor> {
  const rows = await tx.execute<{ tx_id: string; global_position: number | string }>(sql`
    select tx_id::text as tx_id, global_position from events
     where tenant_id = ${tenantId} and tx_id < pg_snapshot_xmin(pg_current_snapshot())
     order by events.tx_id desc, events.global_position desc limit 1`);
  const row = rows.rows[0];
  return row ? { txId: row.tx_id, position: Number(row.global_position) } : START;
}
