import { sql } from 'drizzle-orm';
import { AppError } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { START, type Cursor } from './cursor.js';

/** A partition's checkpoint, created at the start of time on first use. */
export async function loadCheckpoint(
  tx: AppTx,
  tenantId: string,
  subscription: string,
  partition: number,
): Promise<Cursor> {
  await tx.execute(sql`
    insert into event_checkpoints (tenant_id, subscription, partition, tx_id, global_position)
    values (${tenantId}, ${subscription}, ${partition}, '0'::xid8, 0) on conflict do nothing`);
  const rows = await tx.execute<{ tx_id: string; global_position: number | string }>(sql`
    select tx_id::text as tx_id, global_position from event_checkpoints
     where tenant_id = ${tenantId} and subscription = ${subscription} and partition = ${partition}`);
  const row = rows.rows[0];
  return row ? { txId: row.tx_id, position: Number(row.global_position) } : START;
}

/**
 * Moves a checkpoint from `from` to `to` only if it is still at `from` (compare-and-set). It runs in the
 * handler's transaction: if another consumer moved it first, this throws and the handler's writes roll
 * back with it, so each event's effects are committed exactly once.
 */
export async function advanceCheckpoint(
  tx: AppTx,
  tenantId: string,
  subscription: string,
  partition: number,
  from: Cursor,
  to: Cursor,
): Promise<void> {
  const moved = await tx.execute(sql`
    update event_checkpoints set tx_id = ${to.txId}::xid8, global_position = ${to.position},
           attempts = 0, last_error = null, updated_at = now()
     where tenant_id = ${tenantId} and subscription = ${subscription} and partition = ${partition}
       and tx_id = ${from.txId}::xid8 and global_position = ${from.position}
    returning 1`);
  if (moved.rows.length !== 1) throw new CheckpointMoved(subscription, partition);
}

/** The failures recorded on the event after `at`, if the checkpoint is still there. */
export async function loadFailures(
  tx: AppTx,
  tenantId: string,
  subscription: string,
  partition: number,
  at: Cursor,
): Promise<{ attempts: number; lastError: string }> {
  const rows = await tx.execute<{ attempts: number; last_error: string | null }>(sql`
    select attempts, last_error from event_checkpoints
     where tenant_id = ${tenantId} and subscription = ${subscription} and partition = ${partition}
       and tx_id = ${at.txId}::xid8 and global_position = ${at.position}`);
  const row = rows.rows[0];
  return { attempts: row?.attempts ?? 0, lastError: row?.last_error ?? '' };
}

/**
 * Counts one more failed attempt on the event after `at`, by compare-and-set like every checkpoint
 * change, and returns the new count. Committed on its own, since the handler's transaction rolled back.
 */
export async function recordFailure(
  tx: AppTx,
  tenantId: string,
  subscription: string,
  partition: number,
  at: Cursor,
  error: string,
): Promise<number> {
  const rows = await tx.execute<{ attempts: number }>(sql`
    update event_checkpoints set attempts = attempts + 1, last_error = ${error.slice(0, 4000)}, updated_at = now()
     where tenant_id = ${tenantId} and subscription = ${subscription} and partition = ${partition}
       and tx_id = ${at.txId}::xid8 and global_position = ${at.position}
    returning attempts`);
  const row = rows.rows[0];
  if (!row) throw new CheckpointMoved(subscription, partition);
  return row.attempts;
}

export class CheckpointMoved extends AppError {
  constructor(subscription: string, partition: number) {
    super(
      'concurrency_conflict',
      `The checkpoint of ${subscription}/${partition} was moved by another consumer`,
    );
  }
}
