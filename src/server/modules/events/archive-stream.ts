import { sql } from 'drizzle-orm';
import { notFound } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';

/**
 * Archives a stream: it stays readable, takes no more events, and its snapshot is dropped. Events are
 * never deleted, so every reader's global order stays whole.
 */
export async function archiveStream(tx: AppTx, tenantId: string, streamId: string): Promise<void> {
  const rows = await tx.execute(sql`
    update event_streams set archived = true, updated_at = now()
     where tenant_id = ${tenantId} and stream_id = ${streamId} returning 1`);
  if (!rows.rows.length) throw notFound(`Stream ${streamId}`);
  await tx.execute(
    sql`delete from event_snapshots where tenant_id = ${tenantId} and stream_id = ${streamId}`,
  );
}
