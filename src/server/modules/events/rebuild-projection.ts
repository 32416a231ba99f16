import { sql } from 'drizzle-orm';
import {
  actAsTenant,
  enableTenantRowSecurity,
  withoutTenant,
  withTenant,
  type AppDb,
  type AppTx,
} from '../../db/index.js';
import { projectionSubscription, type AsyncProjection } from './async-projection.js';
import { START, type Cursor, parseCursor } from './cursor.js';
import type { EventRegistry } from './event-registry.js';
import { readAll } from './read-all.js';
import { resolveSubscription, type ResolvedSubscription } from './subscription.js';
import { tenantsBehindIn } from './tenants-behind.js';

const PAGE = 500;
/**
 * Not a valid subscription name, so it has no checkpoints and every tenant with events is "behind" it:
 * asking webnova_event_tenants_behind about it lists every such tenant, and nothing else about them.
 */
const NOBODY = '#rebuild';
const TABLE_NAME = /^[a-z][a-z0-9_]{0,54}$/;

export interface RebuildResult {
  table: string;
  tenants: number;
  /** Events the projection's handler applied (those of its types). */
  applied: number;
}

/**
 * Rebuilds an async projection from the start of time into a fresh table and swaps it in atomically.
 * The bulk of the replay runs page by page, per tenant, while the live table keeps serving; then one
 * transaction locks the live table (so no subscription worker writes to it meanwhile), replays what
 * arrived since, drops the live table, renames the fresh one into its place and moves the subscription's
 * checkpoints to where the replay stopped, so the live subscription carries on from there into the new
 * table. A handler that throws stops the rebuild (a rebuild dead-letters nothing) and the live table
 * stays as it was; the half-filled fresh table is dropped by the next attempt.
 */
export async function rebuildProjection(
  db: AppDb,
  registry: EventRegistry,
  projection: AsyncProjection,
): Promise<RebuildResult> {
  const { table } = projection;
  if (!TABLE_NAME.test(table)) throw new Error(`projection table ${table} must be a plain lower-case name`);
  const fresh = `${table}_rebuild`;
  const sub = resolveSubscription(projectionSubscription(projection));
  const replay = new Replay(registry, projection, sub, fresh);
  await db.transaction(async (tx) => {
    await tx.execute(sql`drop table if exists ${sql.identifier(fresh)}`);
    await projection.createTable(tx, fresh);
    await enableTenantRowSecurity(tx, fresh);
  });
  const tenants = await withoutTenant(db, (tx) => tenantsBehindIn(tx, NOBODY, 1));
  for (const tenantId of tenants) {
    let more = true;
    while (more) more = await withTenant(db, { tenantId }, (tx) => replay.page(tx, tenantId));
  }
  return db.transaction(async (tx) => {
    const exists = await tx.execute<{ found: boolean }>(
      sql`select to_regclass(${table}) is not null as found`,
    );
    if (exists.rows[0]?.found)
      await tx.execute(sql`lock table ${sql.identifier(table)} in access exclusive mode`);
    const now = await tenantsBehindIn(tx, NOBODY, 1);
    for (const tenantId of now) {
      await actAsTenant(tx, tenantId, async () => {
        while (await replay.page(tx, tenantId));
        await resetCheckpoints(tx, tenantId, sub, replay.reached(tenantId));
      });
    }
    await tx.execute(sql`drop table if exists ${sql.identifier(table)}`);
    await tx.execute(sql`alter table ${sql.identifier(fresh)} rename to ${sql.identifier(table)}`);
    await renameIndexes(tx, table, fresh);
    return { table, tenants: now.length, applied: replay.applied };
  });
}

/** Where each tenant's replay has got to; one page at a time, so a big tenant needs no huge transaction. */
class Replay {
  applied = 0;
  private readonly cursors = new Map<string, Cursor>();

  constructor(
    private readonly registry: EventRegistry,
    private readonly projection: AsyncProjection,
    private readonly sub: ResolvedSubscription,
    private readonly table: string,
  ) {}

  reached(tenantId: string): Cursor {
    return this.cursors.get(tenantId) ?? START;
  }

  /** Applies the next page of the tenant's events; true when there may be more. */
  async page(tx: AppTx, tenantId: string): Promise<boolean> {
    const read = await readAll(tx, this.registry, tenantId, this.reached(tenantId), PAGE);
    for (const event of read.events) {
      if (this.sub.types && !this.sub.types.has(event.type)) continue;
      await this.projection.apply(tx, event, { tenantId, table: this.table });
      this.applied += 1;
    }
    this.cursors.set(tenantId, parseCursor(read.next));
    return read.events.length === PAGE;
  }
}

/** Every partition restarts where the replay stopped: what lies before is in the new table already. */
async function resetCheckpoints(tx: AppTx, tenantId: string, sub: ResolvedSubscription, at: Cursor) {
  await tx.execute(sql`
    insert into event_checkpoints (tenant_id, subscription, partition, tx_id, global_position)
    select ${tenantId}, ${sub.name}, p, ${at.txId}::xid8, ${at.position}
      from generate_series(0, ${sub.partitions - 1}::int) as p
    on conflict (tenant_id, subscription, partition)
    do update set tx_id = excluded.tx_id, global_position = excluded.global_position, updated_at = now()`);
}

/**
 * Index names are unique per schema and keep the fresh table's prefix through the rename, so the next
 * rebuild's `<table>_rebuild_pkey` would collide: give them the live table's prefix. (A primary key's
 * constraint is renamed with its index.)
 */
async function renameIndexes(tx: AppTx, table: string, fresh: string): Promise<void> {
  const indexes = await tx.execute<{ name: string }>(sql`
    select indexname as name from pg_indexes
     where schemaname = current_schema() and tablename = ${table} and starts_with(indexname, ${fresh})`);
  for (const { name } of indexes.rows) {
    const renamed = `${table}${name.slice(fresh.length)}`;
    await tx.execute(sql`alter index ${sql.identifier(name)} rename to ${sql.identifier(renamed)}`);
  }
}
