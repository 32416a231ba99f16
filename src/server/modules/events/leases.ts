import { sql } from 'drizzle-orm';
import { withoutTenant, type AppDb } from '../../db/index.js';

/**
 * Shares a subscription's partitions among its live consumers. Each consumer announces itself, takes its
 * fair share (partitions / live consumers, rounded up) of partitions that are free or whose lease ran out,
 * renews what it holds, and gives back what is over its share so a newcomer can take it. A consumer that
 * dies stops renewing; its partitions are taken over when their leases end. Runs as the runtime role; the
 * lease tables hold no tenant data.
 */
export async function renewLeases(
  db: AppDb,
  subscription: string,
  partitions: number,
  consumer: string,
  ttlMs: number,
): Promise<number[]> {
  return withoutTenant(db, async (tx) => {
    const ttl = `${ttlMs} milliseconds`;
    await tx.execute(sql`
      insert into event_consumers (subscription, consumer, expires_at)
      values (${subscription}, ${consumer}, now() + ${ttl}::interval)
      on conflict (subscription, consumer) do update set expires_at = excluded.expires_at`);
    await tx.execute(
      sql`delete from event_consumers where subscription = ${subscription} and expires_at < now()`,
    );
    const live = await tx.execute<{ n: number | string }>(
      sql`select count(*) as n from event_consumers where subscription = ${subscription}`,
    );
    const share = Math.ceil(partitions / Math.max(1, Number(live.rows[0]?.n ?? 1)));
    const held = await tx.execute<{ partition: number }>(sql`
      update event_leases set expires_at = now() + ${ttl}::interval
       where subscription = ${subscription} and owner = ${consumer} and partition < ${partitions}
      returning partition`);
    const owned = held.rows.map((row) => row.partition).sort((a, b) => a - b);
    for (const extra of owned.splice(share)) {
      await tx.execute(
        sql`delete from event_leases where subscription = ${subscription} and partition = ${extra} and owner = ${consumer}`,
      );
    }
    for (let partition = 0; partition < partitions && owned.length < share; partition += 1) {
      if (owned.includes(partition)) continue;
      const claimed = await tx.execute(sql`
        insert into event_leases (subscription, partition, owner, expires_at)
        values (${subscription}, ${partition}, ${consumer}, now() + ${ttl}::interval)
        on conflict (subscription, partition) do update
          set owner = excluded.owner, expires_at = excluded.expires_at
          where event_leases.expires_at < now()
        returning partition`);
      if (claimed.rows.length) owned.push(partition);
    }
    return owned.sort((a, b) => a - b);
  });
}

export async function releaseLeases(db: AppDb, subscription: string, consumer: string): Promise<void> {
  await withoutTenant(db, async (tx) => {
    await tx.execute(
      sql`delete from event_leases where subscription = ${subscription} and owner = ${consumer}`,
    );
    await tx.execute(
      sql`delete from event_consumers where subscription = ${subscription} and consumer = ${consumer}`,
    );
  });
}
