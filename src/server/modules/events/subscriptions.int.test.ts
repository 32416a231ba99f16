import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, withTenant, type TestDatabase } from '../../db/index.js';
import { discardDeadLetter, listDeadLetters, replayDeadLetter } from './dead-letters.js';
import { createEventsModule, type EventsModule, type StoredEvent } from './index.js';
import { listSubscriptions } from './list-subscriptions.js';
import { added, cartRegistry, eventually, ItemAdded, tenantA, tenantB } from './test-fixtures.js';

describe.each(testDatabaseKinds())('subscriptions, dead letters and the bus (%s)', (kind) => {
  let database: TestDatabase;
  let events: EventsModule;
  let second: EventsModule;
  const registry = cartRegistry();
  const poison = new Set<string>(['poison']);
  const attempts = new Map<string, number>();
  const busSeen: { instance: number; event: StoredEvent }[] = [];

  const subscriptions = [
    {
      name: 'effects',
      partitions: 4,
      maxAttempts: 3,
      backoff: { initialMs: 1, maxMs: 5 },
      // A database effect in the handler's own transaction: counted per event, so a duplicate shows.
      handle: async (
        tx: Parameters<typeof withTenant>[2] extends (tx: infer T) => unknown ? T : never,
        event: StoredEvent,
      ) => {
        const sku = (event.data as { sku: string }).sku;
        if (poison.has(sku)) {
          attempts.set(event.eventId, (attempts.get(event.eventId) ?? 0) + 1);
          throw new Error(`cannot handle ${sku}`);
        }
        await tx.execute(sql`insert into test_effects (event_id) values (${event.eventId})
                               on conflict (event_id) do update set n = test_effects.n + 1`);
      },
    },
  ];
  const effects = async () =>
    database.query<{ event_id: string; n: number }>('select event_id, n from test_effects order by event_id');

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await database.query('create table test_effects (event_id uuid primary key, n int not null default 1)');
    await database.query('grant select, insert, update on test_effects to webnova_app');
    const options = { database, registry, subscriptions, pollMs: 100, leaseMs: 2_000 };
    events = createEventsModule({ ...options, consumerId: 'one' });
    second = createEventsModule({ ...options, consumerId: 'two' });
    events.bus.on(ItemAdded, (event) => void busSeen.push({ instance: 1, event }));
    second.bus.onType('*', (event) => void busSeen.push({ instance: 2, event }));
    await events.start();
    await second.start();
  });
  afterAll(async () => {
    await events.stop();
    await second.stop();
    await database.drop();
  });

  it('shares partitions between two consumers and applies each event exactly once', async () => {
    for (let n = 0; n < 40; n += 1)
      await events.store.append(n % 2 ? tenantA : tenantB, `cart-${n % 10}`, [added(`s${n}`)]);
    await eventually(async () => (await effects()).length === 40);
    expect((await effects()).every((row) => row.n === 1)).toBe(true);
    // The first consumer started alone and took every partition; it hands half over at its next renewal.
    const owners = async () =>
      (
        await database.query<{ owner: string }>(
          `select owner from event_leases where subscription = 'effects'`,
        )
      ).map((lease) => lease.owner);
    await eventually(async () => new Set(await owners()).size === 2);
    expect((await owners()).sort()).toEqual(['one', 'one', 'two', 'two']);
  });

  it('retries a failing event with backoff, dead-letters it, and goes on with the next', async () => {
    await events.store.append(tenantA, 'cart-poison', [added('poison'), added('after-poison')]);
    await eventually(async () => (await effects()).length === 41);
    const letters = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
      listDeadLetters(tx, tenantA, { status: 'dead', limit: 10 }),
    );
    expect(letters).toEqual([
      expect.objectContaining({ subscription: 'effects', attempts: 3, lastError: 'cannot handle poison' }),
    ]);
    // One failed page attempt, then three one-by-one attempts.
    expect(attempts.get(letters[0]!.eventId)).toBe(4);
    const [status] = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
      listSubscriptions(tx, tenantA, events.subscriptions.values()),
    );
    expect(status).toMatchObject({ name: 'effects', partitions: 4, deadLetters: 1 });
    await eventually(async () => {
      const [now] = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
        listSubscriptions(tx, tenantA, events.subscriptions.values()),
      );
      return now!.lag === 0;
    });
  });

  it('replays a dead letter once its cause is fixed, and discards another', async () => {
    const [letter] = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
      listDeadLetters(tx, tenantA, { status: 'dead', limit: 10 }),
    );
    const replay = () =>
      withTenant(database.db, { tenantId: tenantA }, (tx) =>
        replayDeadLetter(tx, registry, events.subscriptions, tenantA, letter!.id),
      );
    await expect(replay()).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/failed again/),
    });
    poison.clear();
    expect(await replay()).toMatchObject({ status: 'replayed' });
    expect((await effects()).find((row) => row.event_id === letter!.eventId)?.n).toBe(1);
    await expect(replay()).rejects.toMatchObject({ code: 'conflict' });
    poison.add('poison-2');
    await events.store.append(tenantA, 'cart-poison', [added('poison-2')]);
    let second: string | undefined;
    await eventually(async () => {
      const dead = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
        listDeadLetters(tx, tenantA, { status: 'dead', limit: 10 }),
      );
      second = dead[0]?.id;
      return dead.length === 1;
    });
    const discarded = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
      discardDeadLetter(tx, tenantA, second!),
    );
    expect(discarded.status).toBe('discarded');
    const hidden = await withTenant(database.db, { tenantId: tenantB }, (tx) =>
      listDeadLetters(tx, tenantA, { status: 'discarded', limit: 10 }),
    );
    expect(hidden).toEqual([]);
  });

  it('delivers every bus event to both instances, after commit, in order', async () => {
    busSeen.length = 0;
    await second.bus.publish(tenantB, 'bus-cart', [added('bus-1'), added('bus-2')]);
    await events.bus.publish(tenantA, 'bus-cart', [added('bus-3')]);
    const skus = (instance: number) =>
      busSeen
        .filter((seen) => seen.instance === instance)
        .map((seen) => (seen.event.data as { sku: string }).sku);
    await eventually(() => skus(1).length === 3 && skus(2).length === 3);
    expect(skus(1).sort()).toEqual(['bus-1', 'bus-2', 'bus-3']);
    expect(skus(2).filter((sku) => sku !== 'bus-3')).toEqual(['bus-1', 'bus-2']);
  });
});
