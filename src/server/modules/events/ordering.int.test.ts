import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, withTenant, type TestDatabase } from '../../db/index.js';
import {
  ConcurrencyError,
  createEventsModule,
  readStream,
  type EventsModule,
  type StoredEvent,
} from './index.js';
import { added, cartRegistry, eventually, sleep, tenantA } from './test-fixtures.js';

describe.each(testDatabaseKinds())('event store: concurrency and global order (%s)', (kind) => {
  let database: TestDatabase;
  let events: EventsModule;
  const registry = cartRegistry();
  const seen: StoredEvent[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    events = createEventsModule({
      database,
      registry,
      pollMs: 50,
      subscriptions: [
        { name: 'order-watcher', handle: (_tx, event) => Promise.resolve(void seen.push(event)) },
      ],
    });
    await events.start();
  });
  afterAll(async () => {
    await events.stop();
    await database.drop();
  });

  it('lets 16 writers race on one stream: each ack is stored once, each loser gets a concurrency error, no gaps', async () => {
    const acked: { eventId: string; version: number }[] = [];
    const losers: unknown[] = [];
    const writer = async (n: number) => {
      for (let round = 0; round < 8; round += 1) {
        const current = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
          readStream(tx, registry, tenantA, 'race', { direction: 'backwards', limit: 1 }),
        );
        const eventId = crypto.randomUUID();
        try {
          const result = await events.store.append(
            tenantA,
            'race',
            [{ ...added(`w${n}-${round}`), eventId }],
            {
              expected: current.version,
            },
          );
          acked.push({ eventId, version: result.nextVersion });
        } catch (error) {
          losers.push(error);
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, (_, n) => writer(n)));
    const stream = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
      readStream(tx, registry, tenantA, 'race'),
    );
    expect(losers.every((error) => error instanceof ConcurrencyError && error.status === 409)).toBe(true);
    expect(acked.length + losers.length).toBe(16 * 8);
    expect(stream.events.map((event) => event.streamVersion)).toEqual(
      stream.events.map((_, index) => index + 1),
    );
    expect(stream.events).toHaveLength(acked.length);
    const stored = new Map(stream.events.map((event) => [event.eventId, event.streamVersion]));
    expect(acked.every((ack) => stored.get(ack.eventId) === ack.version)).toBe(true);
    if (kind === 'postgres') expect(losers.length).toBeGreaterThan(0);
  });

  it('delivers a transaction that commits after later ones to a live subscriber, in cursor order, skipping none', async () => {
    let positioned!: () => void;
    const lateHasPosition = new Promise<void>((resolve) => (positioned = resolve));
    const finished: string[] = [];
    const late = withTenant(database.db, { tenantId: tenantA }, async (tx) => {
      await events.store.appendIn(tx, tenantA, 'late', [added('late')]);
      positioned();
      await sleep(400);
    }).then(() => finished.push('late'));
    await lateHasPosition;
    const early = [1, 2, 3].map((n) =>
      events.store
        .append(tenantA, `early-${n}`, [added(`early-${n}`)])
        .then(() => finished.push(`early-${n}`)),
    );
    await Promise.all([late, ...early]);
    // On PostgreSQL the early appends really commit while the late one sleeps; PGlite has one connection.
    if (kind === 'postgres') expect(finished.at(-1)).toBe('late');
    const ours = () => seen.filter((event) => event.streamId !== 'race');
    await eventually(() => ours().length >= 4);
    await sleep(100);
    const seenHere = ours();
    expect(seenHere.map((event) => event.streamId).sort()).toEqual(['early-1', 'early-2', 'early-3', 'late']);
    const cursors = seenHere.map((event) => [BigInt(event.txId), event.globalPosition] as const);
    const sorted = [...cursors].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
    expect(cursors).toEqual(sorted);
    // The late event took the lowest position yet arrives first: a position-ordered reader would have skipped it.
    expect(new Set(seen.map((event) => event.eventId)).size).toBe(seen.length);
    expect(seenHere[0]!.streamId).toBe('late');
    expect(Math.min(...seenHere.map((event) => event.globalPosition))).toBe(seenHere[0]!.globalPosition);
  });
});
