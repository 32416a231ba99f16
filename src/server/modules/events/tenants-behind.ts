import { sql } from 'drizzle-orm';
import { withoutTenant, type AppDb, type AppTx } from '../../db/index.js';

/**
 * The tenants with events that the subscription has not processed yet. The one cross-tenant question a
 * worker asks, answered by the SECURITY DEFINER function webnova_event_tenants_behind (see its migration):
 * it returns tenant ids only, and every batch that follows runs inside withTenant.
 */
export async function tenantsBehind(db: AppDb, subscription: string, partitions: number): Promise<string[]> {
  return withoutTenant(db, (tx) => tenantsBehindIn(tx, subscription, partitions));
}

/** The same question inside a caller's transaction (a projection rebuild's swap). */
export async function tenantsBehindIn(
  tx: AppTx,
  subscription: string,
  partitions: number,
): Promise<string[]> {
  const rows = await tx.execute<{ tenant_id: string }>(
    sql`select t as tenant_id from webnova_event_tenants_behind(${subscription}, ${partitions}) as t`,
  );
  return rows.rows.map((row) => row.tenant_id);
}
