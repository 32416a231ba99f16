import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createTestDatabase,
  databaseErrorOf,
  testDatabaseKinds,
  withTenant,
  type TestDatabase,
} from '../../db/index.js';
import { createEventsModule, readAll, readStream, START, type EventsModule } from './index.js';
import { added, cartRegistry, tenantA, tenantB } from './test-fixtures.js';

/**
 * `EventStore.append` writes with one autocommit statement, webnova_append_events_as_tenant
 * (drizzle/0005_event_append_function.sql), which enters the tenant's scope itself. These tests show that
 * inside it the runtime role and the tenant are really in force, so row-level security confines it as it
 * confines withTenant, and that it leaves a caller's own role and settings alone.
 */
describe.each(testDatabaseKinds())('event store: the one-statement append (%s)', (kind) => {
  let database: TestDatabase;
  let events: EventsModule;
  const registry = cartRegistry();
  const count = async () =>
    Number((await database.query<{ n: string }>('select count(*) as n from events'))[0]!.n);
  const batch = JSON.stringify([
    {
      n: 1,
      event_id: '0190f5d2-7c1e-7a3b-9f10-00000000c001',
      type: 'ItemAdded',
      schema_version: 2,
      data: {},
      metadata: {},
    },
  ]);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    events = createEventsModule({ database, registry });
    await events.store.append(tenantB, 'b-stream', [added('b1'), added('b2')]);
  });
  afterAll(() => database.drop());

  it('refuses an empty tenant before touching anything', async () => {
    const total = await count();
    for (const tenant of ['', null]) {
      const error = await database
        .query('select * from webnova_append_events_as_tenant($1, $2, $3, $4, $5, $6)', [
          tenant,
          'no-tenant',
          'stream',
          batch,
          'any',
          0,
        ])
        .catch((caught: unknown) => caught);
      expect(databaseErrorOf(error)?.message).toMatch(/needs a tenant/);
    }
    await expect(events.store.append('', 'no-tenant', [added('x')])).rejects.toBeDefined();
    expect(await count()).toBe(total);
  });

  it('runs as the runtime role with the tenant set, seeing none of the other tenants’ rows', async () => {
    // A test-only trigger records who inserts and what that statement can see of tenant B.
    await database.query(`create table append_probe (who text, tenant text, tenant_b_events bigint)`);
    await database.query(`grant insert on append_probe to webnova_app`);
    await database.query(`
      create function append_probe() returns trigger language plpgsql as $$
      begin
        insert into public.append_probe
          select current_user, current_setting('app.tenant_id', true),
                 (select count(*) from public.events where tenant_id = '${tenantB}');
        return new;
      end $$`);
    await database.query(
      `create trigger append_probe before insert on events for each row execute function append_probe()`,
    );
    try {
      await events.store.append(tenantA, 'probed', [added('a1')]);
    } finally {
      await database.query('drop trigger append_probe on events');
    }
    const seen = await database.query<{ who: string; tenant: string; tenant_b_events: string }>(
      'select who, tenant, tenant_b_events::text from append_probe',
    );
    expect(seen).toEqual([{ who: 'webnova_app', tenant: tenantA, tenant_b_events: '0' }]);
    // The owner's connection sees tenant B's rows, so the zero above is row-level security at work.
    expect(
      Number(
        (
          await database.query<{ n: string }>('select count(*) as n from events where tenant_id = $1', [
            tenantB,
          ])
        )[0]!.n,
      ),
    ).toBe(2);
  });

  it('cannot write a row of another tenant: the policies refuse it inside the function', async () => {
    // A test-only trigger plays a bug that would write tenant B's row during tenant A's append.
    await database.query(`
      create function append_redirect() returns trigger language plpgsql as $$
      begin
        new.tenant_id := '${tenantB}';
        return new;
      end $$`);
    await database.query(
      `create trigger append_redirect before insert on events for each row execute function append_redirect()`,
    );
    const total = await count();
    let error: unknown;
    try {
      error = await events.store
        .append(tenantA, 'redirected', [added('a2')])
        .catch((caught: unknown) => caught);
    } finally {
      await database.query('drop trigger append_redirect on events');
    }
    expect(databaseErrorOf(error)?.message).toMatch(/row-level security/);
    expect(await count()).toBe(total);
    // Readers see events below the oldest running transaction of the whole server (see read-all.ts), so
    // a transaction elsewhere on a shared PostgreSQL can hold B's rows back for a moment: wait for them.
    await vi.waitFor(
      async () => {
        const mine = await withTenant(database.db, { tenantId: tenantB }, (tx) =>
          readAll(tx, registry, tenantB, START, 100),
        );
        expect(mine.events.map((event) => event.streamId)).toEqual(['b-stream', 'b-stream']);
      },
      { timeout: 30_000, interval: 200 },
    );
  });

  it('gives a caller inside a transaction its own role and settings back', async () => {
    const after = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.tenant_id', ${tenantB}, true)`);
      await tx.execute(
        sql`select * from webnova_append_events_as_tenant(${tenantA}, 'scoped', 'stream', ${batch}::json, 'any', 0)`,
      );
      const rows = await tx.execute<{ who: string; session: string; tenant: string }>(
        sql`select current_user as who, session_user as session, current_setting('app.tenant_id', true) as tenant`,
      );
      return rows.rows[0]!;
    });
    expect(after.who).toBe(after.session);
    expect(after.tenant).toBe(tenantB);
    const stream = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
      readStream(tx, registry, tenantA, 'scoped'),
    );
    expect(stream.version).toBe(1);
  });

  it('answers concurrent retries of one batch with the same positions, writing it once', async () => {
    for (const streamId of ['retried-new', 'probed']) {
      const retried = [
        { ...added('r1'), eventId: crypto.randomUUID() },
        { ...added('r2'), eventId: crypto.randomUUID() },
      ];
      const results = await Promise.all(
        Array.from({ length: 6 }, () => events.store.append(tenantA, streamId, retried)),
      );
      expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
      const positions = new Set(results.map((result) => `${result.firstPosition}-${result.lastPosition}`));
      expect(positions.size).toBe(1);
      const ids = await database.query<{ n: string }>(
        'select count(*) as n from events where event_id = any($1::uuid[])',
        [retried.map((event) => event.eventId)],
      );
      expect(Number(ids[0]!.n)).toBe(2);
    }
  });

  it('reads all events in numeric tx_id order, not in the order of their text', async () => {
    // Transaction ids written by hand, as the owner: 99 sorts after 100 as text but before it as a number.
    for (const [txId, version] of [
      ['100', 2],
      ['99', 1],
    ] as const) {
      await database.query(
        `insert into events (tenant_id, tx_id, stream_id, stream_version, event_id, type, schema_version, data, metadata)
         values ($1, $2::xid8, 'forged', $3, gen_random_uuid(), 'ItemAdded', 2, '{"sku":"f","quantity":1}', '{}')`,
        [tenantB, txId, version],
      );
    }
    const page = await withTenant(database.db, { tenantId: tenantB }, (tx) =>
      readAll(tx, registry, tenantB, START, 2),
    );
    expect(page.events.map((event) => event.txId)).toEqual(['99', '100']);
  });
});
