import { sql } from 'drizzle-orm';
import type { AppTx } from '../../db/index.js';
import { formatCursor, START, type Cursor } from './cursor.js';
import type { ResolvedSubscription } from './subscription.js';

export interface SubscriptionStatus {
  name: string;
  partitions: number;
  checkpoints: { partition: number; cursor: string }[];
  lag: number;
  deadLetters: number;
}

/** Each registered subscription as this tenant sees it: where every partition is, and how far behind. */
export async function listSubscriptions(
  tx: AppTx,
  tenantId: string,
  subscriptions: Iterable<ResolvedSubscription>,
): Promise<SubscriptionStatus[]> {
  const statuses: SubscriptionStatus[] = [];
  for (const sub of subscriptions) {
    const rows = await tx.execute<{ partition: number; tx_id: string; global_position: number | string }>(sql`
      select partition, tx_id::text as tx_id, global_position from event_checkpoints
       where tenant_id = ${tenantId} and subscription = ${sub.name} and partition < ${sub.partitions}
       order by partition`);
    const known = new Map(
      rows.rows.map((row) => [row.partition, { txId: row.tx_id, position: Number(row.global_position) }]),
    );
    const checkpoints = Array.from({ length: sub.partitions }, (_, partition) => ({
      partition,
      cursor: known.get(partition) ?? START,
    }));
    const slowest = checkpoints.map((checkpoint) => checkpoint.cursor).sort(compareCursors)[0] ?? START;
    const counts = await tx.execute<{ lag: number | string; dead: number | string }>(sql`
      select (select count(*) from events where tenant_id = ${tenantId}
                and (tx_id, global_position) > (${slowest.txId}::xid8, ${slowest.position}::bigint)) as lag,
             (select count(*) from event_dead_letters where tenant_id = ${tenantId}
                and subscription = ${sub.name} and status = 'dead') as dead`);
    statuses.push({
      name: sub.name,
      partitions: sub.partitions,
      checkpoints: checkpoints.map(({ partition, cursor }) => ({ partition, cursor: formatCursor(cursor) })),
      lag: Number(counts.rows[0]?.lag ?? 0),
      deadLetters: Number(counts.rows[0]?.dead ?? 0),
    });
  }
  return statuses;
}

function compareCursors(a: Cursor, b: Cursor): number {
  const byTx = BigInt(a.txId) - BigInt(b.txId);
  if (byTx !== 0n) return byTx < 0n ? -1 : 1;
  return a.position - b.position;
}
