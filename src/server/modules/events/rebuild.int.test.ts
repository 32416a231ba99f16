import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  enableTenantRowSecurity,
  testDatabaseKinds,
  withTenant,
  type TestDatabase,
} from '../../db/index.js';
import { createEventsModule, readAll, START, type AsyncProjection, type EventsModule } from './index.js';
import { added, cartRegistry, eventually, tenantA, tenantB } from './test-fixtures.js';

type Row = { tenant_id: string; sku: string; quantity: number; adds?: number };

// Version 1 of a read model sums the quantity per SKU; version 2 also counts how often each was added.
const v1: AsyncProjection = {
  name: 'cart-items',
  table: 'cart_items',
  types: ['ItemAdded'],
  partitions: 2,
  createTable: async (tx, table) => {
    await tx.execute(sql`create table ${sql.identifier(table)} (tenant_id uuid not null, sku text not null,
      quantity int not null, primary key (tenant_id, sku))`);
  },
  apply: async (tx, event, { tenantId, table }) => {
    const { sku, quantity } = event.data as { sku: string; quantity: number };
    await tx.execute(sql`insert into ${sql.identifier(table)} (tenant_id, sku, quantity)
      values (${tenantId}, ${sku}, ${quantity})
      on conflict (tenant_id, sku) do update set quantity = ${sql.identifier(table)}.quantity + excluded.quantity`);
  },
};

const v2: AsyncProjection = {
  ...v1,
  createTable: async (tx, table) => {
    await tx.execute(sql`create table ${sql.identifier(table)} (tenant_id uuid not null, sku text not null,
      quantity int not null, adds int not null, primary key (tenant_id, sku))`);
  },
  apply: async (tx, event, { tenantId, table }) => {
    const { sku, quantity } = event.data as { sku: string; quantity: number };
    const t = sql.identifier(table);
    await tx.execute(sql`insert into ${t} (tenant_id, sku, quantity, adds) values (${tenantId}, ${sku}, ${quantity}, 1)
      on conflict (tenant_id, sku) do update set quantity = ${t}.quantity + excluded.quantity, adds = ${t}.adds + 1`);
  },
};

describe.each(testDatabaseKinds())('async projection rebuild (%s)', (kind) => {
  let database: TestDatabase;
  const registry = cartRegistry();
  const running: EventsModule[] = [];
  const appended: { tenantId: string; sku: string; quantity: number }[] = [];

  const moduleWith = (projection: AsyncProjection) => {
    const events = createEventsModule({ database, registry, asyncProjections: [projection], pollMs: 50 });
    running.push(events);
    return events;
  };
  const append = async (
    events: EventsModule,
    tenantId: string,
    stream: string,
    items: [string, number][],
  ) => {
    await events.store.append(tenantId, stream, [
      { type: 'CartOpened', data: { owner: stream } },
      ...items.map(([sku, quantity]) => added(sku, quantity)),
    ]);
    for (const [sku, quantity] of items) appended.push({ tenantId, sku, quantity });
  };
  const expected = (withAdds: boolean) => {
    const rows = new Map<string, Row>();
    for (const { tenantId, sku, quantity } of appended) {
      const row = rows.get(`${tenantId}/${sku}`) ?? { tenant_id: tenantId, sku, quantity: 0, adds: 0 };
      rows.set(`${tenantId}/${sku}`, { ...row, quantity: row.quantity + quantity, adds: row.adds! + 1 });
    }
    const list = [...rows.values()].sort((a, b) =>
      `${a.tenant_id}/${a.sku}`.localeCompare(`${b.tenant_id}/${b.sku}`),
    );
    return withAdds ? list : list.map(({ adds: _adds, ...rest }) => rest);
  };
  const table = () => database.query<Row>('select * from cart_items order by tenant_id, sku');

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    // Version 1's table, as its migration would have made it.
    await database.db.transaction(async (tx) => {
      await v1.createTable(tx, 'cart_items');
      await enableTenantRowSecurity(tx, 'cart_items');
    });
  });
  afterAll(async () => {
    for (const events of running) await events.stop();
    await database.drop();
  });

  it('swaps in a table of the new shape, built from every event, and carries on live from there', async () => {
    const first = moduleWith(v1);
    await first.start();
    await append(first, tenantA, 'cart-1', [
      ['apple', 2],
      ['pear', 1],
    ]);
    await append(first, tenantB, 'cart-2', [['apple', 5]]);
    await eventually(async () => JSON.stringify(await table()) === JSON.stringify(expected(false)));
    await first.stop();
    // Events version 1 never saw: the rebuild must pick them up as well.
    await append(first, tenantA, 'cart-3', [
      ['apple', 3],
      ['plum', 4],
    ]);
    // A rebuild reads what every reader may see: below the snapshot's xmin, which on a shared PostgreSQL
    // cluster other test databases' transactions hold back for a moment.
    await eventually(async () => {
      const page = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
        readAll(tx, registry, tenantA, START, 100),
      );
      return page.events.length === 6;
    });

    const second = moduleWith(v2);
    const result = await second.rebuildProjection('cart-items');
    expect(result).toEqual({ table: 'cart_items', tenants: 2, applied: 5 });
    expect(await table()).toEqual(expected(true));
    const leftovers = await database.query<{ old: string | null; fresh: string | null }>(
      `select to_regclass('cart_items_old')::text as old, to_regclass('cart_items_rebuild')::text as fresh`,
    );
    expect(leftovers).toEqual([{ old: null, fresh: null }]);

    // The subscription goes on from where the replay stopped: new events once, old ones not again.
    await second.start();
    await append(second, tenantB, 'cart-4', [
      ['apple', 1],
      ['kiwi', 7],
    ]);
    await eventually(async () => JSON.stringify(await table()) === JSON.stringify(expected(true)));
    const [status] = await database.query<{ n: string }>(
      `select count(*) as n from event_checkpoints where subscription = 'cart-items'`,
    );
    expect(Number(status!.n)).toBe(4);
  });

  it('keeps row-level security forced on the swapped-in table, and can rebuild again while live', async () => {
    const security = await database.query<{ rls: boolean; forced: boolean; policies: string }>(
      `select c.relrowsecurity as rls, c.relforcerowsecurity as forced,
              (select string_agg(policyname, ',') from pg_policies where tablename = 'cart_items') as policies
         from pg_class c where c.oid = 'cart_items'::regclass`,
    );
    expect(security).toEqual([{ rls: true, forced: true, policies: 'tenant_isolation' }]);
    const seenByB = await withTenant(
      database.db,
      { tenantId: tenantB },
      async (tx) => (await tx.execute<Row>(sql`select * from cart_items order by sku`)).rows,
    );
    expect(seenByB.map((row) => row.tenant_id)).toEqual([tenantB, tenantB]);
    const intoA = withTenant(database.db, { tenantId: tenantB }, (tx) =>
      tx.execute(sql`insert into cart_items values (${tenantA}, 'forged', 1, 1)`),
    );
    await expect(intoA).rejects.toThrow();

    // A second rebuild, with the subscription running: index names must not collide with the first's.
    const live = running.at(-1)!;
    const rebuilding = live.rebuildProjection('cart-items');
    await append(live, tenantA, 'cart-5', [['fig', 2]]);
    await rebuilding;
    await eventually(async () => JSON.stringify(await table()) === JSON.stringify(expected(true)));
    const indexes = await database.query<{ indexname: string }>(
      `select indexname from pg_indexes where tablename = 'cart_items'`,
    );
    expect(indexes).toEqual([{ indexname: 'cart_items_pkey' }]);
  });
});
