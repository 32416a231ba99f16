import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ExpectedVersion } from '../../../contracts/index.js';
import { AppError, newId } from '../../../kernel/index.js';
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
  readStream,
  type AppendResult,
  type EventsModule,
} from './index.js';
import { added, cartRegistry, tenantA, tenantB } from './test-fixtures.js';

/**
 * Group commit (EventStore.append, drizzle/0010_event_append_group_function.sql): appends of a tenant that
 * queue up while one is in flight go as one statement, yet each is checked, answered and refused on its own.
 * The appends below are started together, so the first goes alone and the rest wait and go as one group, in
 * the order they were started.
 */
describe.each(testDatabaseKinds())('event store: group commit (%s)', (kind) => {
  let database: TestDatabase;
  let events: EventsModule;
  const registry = cartRegistry();
  const read = (tenantId: string, streamId: string) =>
    withTenant(database.db, { tenantId }, (tx) => readStream(tx, registry, tenantId, streamId));
  const lastPosition = async () =>
    Number(
      (await database.query<{ last_value: string }>('select last_value from events_global_position_seq'))[0]!
        .last_value,
    );

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    events = createEventsModule({ database, registry });
  });
  afterAll(() => database.drop());

  it('answers each append of a group on its own: mixed expected versions across and within streams', async () => {
    await events.store.append(tenantA, 'g-1', [added('a'), added('b')]);
    await events.store.append(tenantA, 'g-2', [added('a'), added('b')]);
    const plan: { stream: string; expected: ExpectedVersion; outcome: number | { actual: number } }[] = [
      { stream: 'g-1', expected: 2, outcome: 3 },
      { stream: 'g-2', expected: 2, outcome: 3 },
      { stream: 'g-1', expected: 2, outcome: { actual: 3 } },
      { stream: 'g-new', expected: 'no_stream', outcome: 1 },
      { stream: 'g-1', expected: 3, outcome: 4 },
      { stream: 'g-2', expected: 'no_stream', outcome: { actual: 3 } },
      { stream: 'g-new', expected: 'no_stream', outcome: { actual: 1 } },
      { stream: 'g-1', expected: 'any', outcome: 5 },
      { stream: 'g-new', expected: 1, outcome: 2 },
      { stream: 'g-2', expected: 'stream_exists', outcome: 4 },
      { stream: 'g-empty', expected: 'stream_exists', outcome: { actual: 0 } },
      { stream: 'g-2', expected: 7, outcome: { actual: 4 } },
    ];
    const before = await lastPosition();
    const execute = vi.spyOn(
      (database.db as unknown as { $client: { query: () => unknown } }).$client,
      'query',
    );
    const eventIds = plan.map(() => newId());
    const settled = await Promise.allSettled(
      plan.map((step, index) =>
        events.store.append(tenantA, step.stream, [{ ...added(`p${index}`), eventId: eventIds[index] }], {
          expected: step.expected,
        }),
      ),
    );
    // The appends' statements, not the NOTIFY the store sends after them.
    const statements = execute.mock.calls.filter((call) =>
      JSON.stringify(call).includes('webnova_append'),
    ).length;
    execute.mockRestore();
    // One statement for the first append and one for the group of the others (or all in one group, when
    // the store's previous write had not yet finished looking for more appends to take).
    expect(statements).toBeGreaterThanOrEqual(1);
    expect(statements).toBeLessThanOrEqual(2);

    let written = 0;
    for (const [index, step] of plan.entries()) {
      const outcome = settled[index]!;
      if (typeof step.outcome === 'number') {
        expect(outcome.status).toBe('fulfilled');
        const result = (outcome as PromiseFulfilledResult<AppendResult>).value;
        expect(result).toMatchObject({ streamId: step.stream, nextVersion: step.outcome, duplicate: false });
        expect(result.lastPosition).toBe(result.firstPosition);
        written += 1;
      } else {
        expect(outcome.status).toBe('rejected');
        const error = (outcome as PromiseRejectedResult).reason as ConcurrencyError;
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error.expected).toBe(step.expected);
        expect(error.actual).toBe(step.outcome.actual);
        expect(error.message).toContain(`version ${step.outcome.actual}`);
      }
    }
    // Refused appends consumed no positions: exactly one per acknowledged event.
    expect((await lastPosition()) - before).toBe(written);

    // Every acknowledged append is there exactly once, at the version and position it was told; versions
    // are gapless; nothing of a refused one is anywhere.
    const results = new Map<string, AppendResult>();
    settled.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled') results.set(eventIds[index]!, outcome.value);
    });
    for (const [stream, version] of [
      ['g-1', 5],
      ['g-2', 4],
      ['g-new', 2],
      ['g-empty', 0],
    ] as const) {
      const page = await read(tenantA, stream);
      expect(page.events.map((event) => event.streamVersion)).toEqual(
        Array.from({ length: version }, (_, i) => i + 1),
      );
      for (const event of page.events) {
        const result = results.get(event.eventId);
        if (!result) continue;
        expect([event.streamVersion, event.globalPosition]).toEqual([
          result.nextVersion,
          result.firstPosition,
        ]);
        results.delete(event.eventId);
      }
    }
    expect(results.size).toBe(0);
  });

  it('keeps every invariant when two stores race on the same streams with mixed expected versions', async () => {
    const other = createEventsModule({ database, registry });
    const streams = ['race-0', 'race-1', 'race-2'];
    for (const stream of streams) await events.store.append(tenantA, stream, [added('seed')]);
    const before = await lastPosition();
    // Deterministic "random" guesses so a failure can be replayed.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 1000;
    const attempts = Array.from({ length: 60 }, (_, index) => {
      const guess = next() % 5;
      const expected: ExpectedVersion = guess === 0 ? 'any' : guess;
      return {
        store: index % 2 ? other.store : events.store,
        stream: streams[next() % streams.length]!,
        expected,
        events: Array.from({ length: 1 + (next() % 2) }, () => ({ ...added('r'), eventId: newId() })),
      };
    });
    const settled = await Promise.allSettled(
      attempts.map((attempt) =>
        attempt.store.append(tenantA, attempt.stream, attempt.events, { expected: attempt.expected }),
      ),
    );
    const acknowledged = new Map<string, { stream: string; version: number; position: number }>();
    let written = 0;
    settled.forEach((outcome, index) => {
      const attempt = attempts[index]!;
      if (outcome.status === 'rejected') {
        const error = outcome.reason as ConcurrencyError;
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error.expected).toBe(attempt.expected);
        expect(error.actual).not.toBe(attempt.expected);
        return;
      }
      const { nextVersion, firstPosition, lastPosition: last } = outcome.value;
      expect(last - firstPosition).toBeGreaterThanOrEqual(attempt.events.length - 1);
      attempt.events.forEach((event, i) =>
        acknowledged.set(event.eventId, {
          stream: attempt.stream,
          version: nextVersion - attempt.events.length + 1 + i,
          position: i === 0 ? firstPosition : i === attempt.events.length - 1 ? last : -1,
        }),
      );
      written += attempt.events.length;
    });
    expect(written).toBeGreaterThan(0);
    expect(settled.filter((outcome) => outcome.status === 'rejected').length).toBeGreaterThan(0);
    expect((await lastPosition()) - before).toBe(written);
    const seen = new Set<string>();
    for (const stream of streams) {
      const page = await read(tenantA, stream);
      expect(page.events.map((event) => event.streamVersion)).toEqual(
        Array.from({ length: page.events.length }, (_, i) => i + 1),
      );
      for (const event of page.events.slice(1)) {
        const expected = acknowledged.get(event.eventId);
        expect(expected).toBeDefined();
        expect(expected!.stream).toBe(stream);
        expect(expected!.version).toBe(event.streamVersion);
        if (expected!.position !== -1) expect(expected!.position).toBe(event.globalPosition);
        seen.add(event.eventId);
      }
    }
    expect(seen.size).toBe(acknowledged.size);
  });

  it('keeps idempotent retries, partial overlaps and archived streams per append inside a group', async () => {
    const original = [
      { ...added('r1'), eventId: newId() },
      { ...added('r2'), eventId: newId() },
    ];
    const first = await events.store.append(tenantA, 'retried', original);
    await events.store.append(tenantA, 'archived', [added('x')]);
    await withTenant(database.db, { tenantId: tenantA }, (tx) => archiveStream(tx, tenantA, 'archived'));
    const shared = newId();
    const before = await lastPosition();
    const settled = await Promise.allSettled([
      events.store.append(tenantA, 'warm-up', [added('w')]),
      events.store.append(tenantA, 'retried', original, { expected: 0 }),
      events.store.append(tenantA, 'retried', [original[0]!, { ...added('r3'), eventId: newId() }]),
      events.store.append(tenantA, 'archived', [added('y')]),
      events.store.append(tenantA, 'shared-1', [{ ...added('s'), eventId: shared }]),
      events.store.append(tenantA, 'shared-2', [{ ...added('s'), eventId: shared }]),
      events.store.append(tenantA, 'fine', [added('f1'), added('f2')], { expected: 'no_stream' }),
    ]);
    const [warmUp, retry, partial, archived, shared1, shared2, fine] = settled;
    expect(warmUp.status).toBe('fulfilled');
    expect(retry).toEqual({ status: 'fulfilled', value: { ...first, duplicate: true } });
    expect((partial as PromiseRejectedResult).reason).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('1 of the 2 event ids'),
    });
    expect((archived as PromiseRejectedResult).reason).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('archived'),
    });
    expect(shared1.status).toBe('fulfilled');
    // Sent second, it sees the first's event id, already appended to another stream.
    const sharedError = (shared2 as PromiseRejectedResult).reason as AppError;
    expect(sharedError).toBeInstanceOf(AppError);
    expect(sharedError.message).toContain('to another stream');
    expect((fine as PromiseFulfilledResult<AppendResult>).value).toMatchObject({ nextVersion: 2 });
    expect((await lastPosition()) - before).toBe(4);
    expect((await read(tenantA, 'retried')).version).toBe(2);
    expect((await read(tenantA, 'shared-2')).events).toEqual([]);
  });

  it('makes the appends one by one when the group statement fails, so one bad append fails alone', async () => {
    await database.query(`
      create function refuse_poison() returns trigger language plpgsql as $$
      begin
        if new.stream_id = 'poison' then raise exception 'poisoned append'; end if;
        return new;
      end $$`);
    await database.query(
      'create trigger refuse_poison before insert on events for each row execute function refuse_poison()',
    );
    try {
      const settled = await Promise.allSettled([
        events.store.append(tenantA, 'before-poison', [added('w')]),
        events.store.append(tenantA, 'left', [added('l')]),
        events.store.append(tenantA, 'poison', [added('p')]),
        events.store.append(tenantA, 'right', [added('r')]),
      ]);
      expect(settled.map((outcome) => outcome.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
      ]);
      expect(databaseErrorOf((settled[2] as PromiseRejectedResult).reason)?.message).toMatch(/poisoned/);
      for (const stream of ['left', 'right']) {
        expect((await read(tenantA, stream)).events).toHaveLength(1);
      }
      expect((await read(tenantA, 'poison')).events).toEqual([]);
    } finally {
      await database.query('drop trigger refuse_poison on events');
      await database.query('drop function refuse_poison()');
    }
  });

  it('groups only one tenant’s appends, each in its own tenant, and refuses an empty tenant', async () => {
    const settled = await Promise.all(
      [tenantA, tenantB, tenantA, tenantB, tenantA, tenantB].map((tenantId, index) =>
        events.store.append(tenantId, 'per-tenant', [added(`t${index}`)]),
      ),
    );
    expect(settled.map((result) => result.nextVersion)).toEqual([1, 1, 2, 2, 3, 3]);
    expect((await read(tenantA, 'per-tenant')).events.map((event) => event.data)).toEqual(
      ['t0', 't2', 't4'].map((sku) => ({ sku, quantity: 1 })),
    );
    expect((await read(tenantB, 'per-tenant')).events.map((event) => event.data)).toEqual(
      ['t1', 't3', 't5'].map((sku) => ({ sku, quantity: 1 })),
    );
    const error = await database
      .query('select * from webnova_append_events_group_as_tenant($1, $2)', ['', '[]'])
      .catch((caught: unknown) => caught);
    expect(databaseErrorOf(error)?.message).toMatch(/needs a tenant/);
  });
});
