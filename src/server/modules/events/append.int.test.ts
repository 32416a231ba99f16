import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  createTestDatabase,
  databaseErrorOf,
  testDatabaseKinds,
  withTenant,
  type TestDatabase,
} from '../../db/index.js';
import {
  archiveStream,
  ConcurrencyError,
  createEventsModule,
  readAll,
  readStream,
  START,
  type EventsModule,
} from './index.js';
import { added, tenantA, tenantB, cartRegistry } from './test-fixtures.js';

describe.each(testDatabaseKinds())('event store: append and read (%s)', (kind) => {
  let database: TestDatabase;
  let events: EventsModule;
  const registry = cartRegistry();
  const read = (tenantId: string, streamId: string, options = {}) =>
    withTenant(database.db, { tenantId }, (tx) => readStream(tx, registry, tenantId, streamId, options));
  const count = async () =>
    Number((await database.query<{ n: string }>('select count(*) as n from events'))[0]!.n);

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    events = createEventsModule({ database, registry });
  });
  afterAll(() => database.drop());

  it('appends a batch, reads it forwards and backwards, and checks expected versions', async () => {
    const first = await events.store.append(tenantA, 'cart-1', [added('a'), added('b'), added('c')], {
      expected: 'no_stream',
    });
    expect(first).toMatchObject({ nextVersion: 3, duplicate: false });
    expect(first.lastPosition - first.firstPosition).toBe(2);
    await events.store.append(tenantA, 'cart-1', [added('d')], { expected: 3 });
    await events.store.append(tenantA, 'cart-1', [added('e')], { expected: 'stream_exists' });
    const forwards = await read(tenantA, 'cart-1', { from: 2, limit: 2 });
    expect(
      forwards.events.map((event) => [event.streamVersion, (event.data as { sku: string }).sku]),
    ).toEqual([
      [2, 'b'],
      [3, 'c'],
    ]);
    const backwards = await read(tenantA, 'cart-1', { direction: 'backwards', limit: 2 });
    expect(backwards.events.map((event) => event.streamVersion)).toEqual([5, 4]);
    expect(backwards.version).toBe(5);
  });

  it('refuses a wrong expected version with a typed 409 naming both versions, consuming no position', async () => {
    const before = await database.query<{ last_value: string }>(
      'select last_value from events_global_position_seq',
    );
    const error = await events.store
      .append(tenantA, 'cart-1', [added('x')], { expected: 2 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConcurrencyError);
    expect(error).toMatchObject({ status: 409, expected: 2, actual: 5, details: { expected: 2, actual: 5 } });
    for (const expected of ['no_stream', 0] as const) {
      await expect(events.store.append(tenantA, 'cart-1', [added('x')], { expected })).rejects.toMatchObject({
        actual: 5,
      });
    }
    await expect(
      events.store.append(tenantA, 'cart-new', [added('x')], { expected: 'stream_exists' }),
    ).rejects.toMatchObject({ actual: 0 });
    const after = await database.query<{ last_value: string }>(
      'select last_value from events_global_position_seq',
    );
    expect(after).toEqual(before);
  });

  it('refuses an event that fails its contract, or an unregistered type, before writing anything', async () => {
    const total = await count();
    const bad = [added('ok'), { type: 'ItemAdded', data: { sku: 'y', quantity: -1 } }];
    await expect(events.store.append(tenantA, 'cart-2', bad)).rejects.toMatchObject({
      code: 'validation_failed',
      fieldProblems: [expect.objectContaining({ path: 'data.quantity' })],
    });
    await expect(
      events.store.append(tenantA, 'cart-2', [{ type: 'Unknown', data: {} }]),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await count()).toBe(total);
    expect((await read(tenantA, 'cart-2')).version).toBe(0);
  });

  it('returns the original positions for a retried batch and refuses a partial overlap', async () => {
    const batch = [
      { ...added('p'), eventId: '0190f5d2-7c1e-7a3b-9f10-00000000a001' },
      { ...added('q'), eventId: '0190f5d2-7c1e-7a3b-9f10-00000000a002' },
    ];
    const original = await events.store.append(tenantA, 'cart-3', batch, { expected: 'no_stream' });
    const retried = await events.store.append(tenantA, 'cart-3', batch, { expected: 'no_stream' });
    expect(retried).toEqual({ ...original, duplicate: true });
    const overlap = [batch[1]!, { ...added('r'), eventId: '0190f5d2-7c1e-7a3b-9f10-00000000a003' }];
    await expect(events.store.append(tenantA, 'cart-3', overlap)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/1 of the 2/),
    });
    expect((await read(tenantA, 'cart-3')).version).toBe(2);
  });

  it('keeps tenants apart: reads see only their tenant, and writes into another tenant are refused', async () => {
    await events.store.append(tenantB, 'cart-1', [added('b-only')]);
    expect((await read(tenantB, 'cart-1')).events.map((event) => event.data)).toEqual([
      { sku: 'b-only', quantity: 1 },
    ]);
    // Read-all waits for every older transaction in the cluster (snapshot xmin); other test databases
    // share a PostgreSQL cluster, so the new event becomes visible soon rather than at once.
    await vi.waitFor(async () => {
      const all = await withTenant(database.db, { tenantId: tenantB }, (tx) =>
        readAll(tx, registry, tenantB, START, 100),
      );
      expect(all.events.map((event) => event.streamId)).toEqual(['cart-1']);
    });
    // Asking for tenant A's stream from inside tenant B's scope finds nothing: RLS hides it.
    const peek = await withTenant(database.db, { tenantId: tenantB }, (tx) =>
      readStream(tx, registry, tenantA, 'cart-3'),
    );
    expect(peek).toMatchObject({ version: 0, events: [] });
    const store = events.store;
    await expect(
      withTenant(database.db, { tenantId: tenantB }, (tx) =>
        store.appendIn(tx, tenantA, 'cart-9', [added('z')]),
      ),
    ).rejects.toSatisfy((error) => /row-level security/.test(databaseErrorOf(error)?.message ?? ''));
  });

  it('upcasts old events to the current schema on read', async () => {
    await database.query(
      `insert into events (tenant_id, stream_id, stream_version, event_id, type, schema_version, data, metadata)
       values ($1, 'legacy', 1, '0190f5d2-7c1e-7a3b-9f10-00000000b001', 'ItemAdded', 1, '{"sku":"old","qty":4}', '{}')`,
      [tenantA],
    );
    const [event] = (await read(tenantA, 'legacy')).events;
    expect(event).toMatchObject({ schemaVersion: 2, data: { sku: 'old', quantity: 4 } });
  });

  it('archives a stream: still readable, no more appends', async () => {
    await withTenant(database.db, { tenantId: tenantA }, (tx) => archiveStream(tx, tenantA, 'cart-3'));
    await expect(events.store.append(tenantA, 'cart-3', [added('late')])).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/archived/),
    });
    expect(await read(tenantA, 'cart-3')).toMatchObject({ archived: true, version: 2 });
  });
});
