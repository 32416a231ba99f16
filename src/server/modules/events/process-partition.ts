import { setTimeout as sleep } from 'node:timers/promises';
import { withTenant, type AppDb, type AppTx } from '../../db/index.js';
import { backoffDelay } from './backoff.js';
import {
  advanceCheckpoint,
  CheckpointMoved,
  loadCheckpoint,
  loadFailures,
  recordFailure,
} from './checkpoints.js';
import { parseCursor, type Cursor } from './cursor.js';
import { recordDeadLetter } from './dead-letters.js';
import type { EventRegistry } from './event-registry.js';
import { partitionOf } from './partition.js';
import { readAll } from './read-all.js';
import type { StoredEvent } from './stored-event.js';
import type { ResolvedSubscription } from './subscription.js';

export interface PartitionWork {
  db: AppDb;
  registry: EventRegistry;
  subscription: ResolvedSubscription;
  tenantId: string;
  partition: number;
  /** Checked between retries so that stopping is not held up by a long backoff. */
  stopping: () => boolean;
}

/**
 * Processes one page of a partition. The happy path handles the whole page in one transaction. When the
 * handler fails, that transaction rolls back and the page is redone one event per transaction, with
 * retries and backoff, so the failing event alone is retried and finally dead-lettered.
 * Returns how many events the page held (0: caught up).
 */
export async function processPartitionPage(work: PartitionWork): Promise<number> {
  const { subscription: sub, tenantId, partition } = work;
  const context = { tenantId, subscription: sub.name };
  const scanned = await withTenant(work.db, { tenantId }, async (tx) => {
    const from = await loadCheckpoint(tx, tenantId, sub.name, partition);
    const page = await readAll(tx, work.registry, tenantId, from, sub.batchSize);
    const last = page.events.at(-1);
    if (!last) return 0;
    try {
      for (const event of page.events.filter((event) => wanted(work, event)))
        await sub.handle(tx, event, context);
    } catch {
      // Throwing rolls back whatever the handler wrote for the earlier events of the page too.
      throw new PageFailed();
    }
    await advanceCheckpoint(tx, tenantId, sub.name, partition, from, parseCursor(last.cursor));
    return page.events.length;
  }).catch((error: unknown) => {
    if (error instanceof PageFailed) return -1;
    throw error;
  });
  return scanned >= 0 ? scanned : processOneByOne(work);
}

class PageFailed extends Error {}

function wanted(work: PartitionWork, event: StoredEvent): boolean {
  const sub = work.subscription;
  return (
    partitionOf(event.streamId, sub.partitions) === work.partition &&
    (!sub.types || sub.types.has(event.type))
  );
}

async function processOneByOne(work: PartitionWork): Promise<number> {
  const { subscription: sub, tenantId, partition } = work;
  const { from, events } = await withTenant(work.db, { tenantId }, async (tx) => {
    const start = await loadCheckpoint(tx, tenantId, sub.name, partition);
    return { from: start, events: (await readAll(tx, work.registry, tenantId, start, sub.batchSize)).events };
  });
  let at: Cursor = from;
  for (const event of events) {
    if (work.stopping()) break;
    const to = parseCursor(event.cursor);
    if (wanted(work, event)) await handleWithRetries(work, event, at, to);
    else
      await withTenant(work.db, { tenantId }, (tx) =>
        advanceCheckpoint(tx, tenantId, sub.name, partition, at, to),
      );
    at = to;
  }
  return events.length;
}

async function handleWithRetries(
  work: PartitionWork,
  event: StoredEvent,
  from: Cursor,
  to: Cursor,
): Promise<void> {
  const { subscription: sub, tenantId, partition } = work;
  const inScope = <T>(run: (tx: AppTx) => Promise<T>) => withTenant(work.db, { tenantId }, run);
  // Attempts made before a restart or by a previous owner of the partition count towards the limit.
  let { attempts, lastError } = await inScope((tx) => loadFailures(tx, tenantId, sub.name, partition, from));
  while (attempts < sub.maxAttempts) {
    try {
      await inScope(async (tx) => {
        await sub.handle(tx, event, { tenantId, subscription: sub.name });
        await advanceCheckpoint(tx, tenantId, sub.name, partition, from, to);
      });
      return;
    } catch (error) {
      // Another consumer owns this partition now: retrying would only fail again.
      if (error instanceof CheckpointMoved) throw error;
      lastError = error instanceof Error ? error.message : String(error);
      attempts = await inScope((tx) => recordFailure(tx, tenantId, sub.name, partition, from, lastError));
      if (attempts < sub.maxAttempts) await sleep(backoffDelay(attempts, sub.backoff));
      if (work.stopping()) throw new Error(`stopping while retrying ${event.eventId}`, { cause: error });
    }
  }
  // Give up on this event but not on the subscription: park it and move on, in one transaction.
  await inScope(async (tx) => {
    await recordDeadLetter(tx, tenantId, sub.name, event, attempts, lastError);
    await advanceCheckpoint(tx, tenantId, sub.name, partition, from, to);
  });
}
