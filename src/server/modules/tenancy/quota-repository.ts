import { and, eq, inArray, sql } from 'drizzle-orm';
import type { QuotaName } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { quotaUsage } from './schema.js';

// Quota counters. Enforcement is one conditional upsert: the check and the increment happen in the same
// statement, on a row PostgreSQL locks, so racing requests cannot both take the last unit.

export interface CounterKey {
  tenantId: string;
  quota: QuotaName;
  period: string;
}

/**
 * Adds `amount` to the counter if the sum stays within `limit` (`null`: no limit) and returns the new
 * total, or `null` when that would pass the limit. The `WHERE` on the SELECT guards the very first
 * insert, which `ON CONFLICT … WHERE` cannot see.
 */
export async function addWithinLimit(
  tx: AppTx,
  key: CounterKey,
  amount: number,
  limit: number | null,
): Promise<number | null> {
  const fitsNew = limit === null ? sql`true` : sql`${amount}::bigint <= ${limit}::bigint`;
  const fitsExisting =
    limit === null ? sql`true` : sql`${quotaUsage.used} + excluded.used <= ${limit}::bigint`;
  const result = await tx.execute<{ used: string | number }>(sql`
    insert into ${quotaUsage} (tenant_id, quota, period, used)
    select ${key.tenantId}::uuid, ${key.quota}::text, ${key.period}::text, ${amount}::bigint
     where ${fitsNew}
    on conflict (tenant_id, quota, period)
    do update set used = ${quotaUsage.used} + excluded.used
     where ${fitsExisting}
    returning used`);
  const row = result.rows[0];
  return row ? Number(row.used) : null;
}

/** Takes `amount` off the counter, never below zero. */
export async function subtract(tx: AppTx, key: CounterKey, amount: number): Promise<void> {
  await tx
    .update(quotaUsage)
    .set({ used: sql`greatest(${quotaUsage.used} - ${amount}::bigint, 0)` })
    .where(
      and(
        eq(quotaUsage.tenantId, key.tenantId),
        eq(quotaUsage.quota, key.quota),
        eq(quotaUsage.period, key.period),
      ),
    );
}

/** The tenant's counters for the given periods, keyed `quota@period`. */
export async function countersOf(
  tx: AppTx,
  tenantId: string,
  periods: string[],
): Promise<Map<string, number>> {
  const rows = await tx
    .select()
    .from(quotaUsage)
    .where(and(eq(quotaUsage.tenantId, tenantId), inArray(quotaUsage.period, periods)));
  return new Map(rows.map((row) => [`${row.quota}@${row.period}`, row.used]));
}
