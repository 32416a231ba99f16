import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, withTenant, type TestDatabase } from '../../db/index.js';
import { listDeadLetters } from './dead-letters.js';
import { createEventsModule, type SubscriptionDefinition } from './index.js';
import { added, cartRegistry, eventually, tenantA } from './test-fixtures.js';

describe.each(testDatabaseKinds())('dead-letter attempts across a restart (%s)', (kind) => {
  let database: TestDatabase;
  const registry = cartRegistry();

  beforeAll(async () => {
    database = await createTestDatabase(kind);
  });
  afterAll(() => database.drop());

  const attempts = async () => {
    const rows = await database.query<{ attempts: number }>(
      `select attempts from event_checkpoints where subscription = 'fragile'`,
    );
    return rows[0]?.attempts ?? 0;
  };
  const letters = () =>
    withTenant(database.db, { tenantId: tenantA }, (tx) =>
      listDeadLetters(tx, tenantA, { status: 'dead', limit: 10 }),
    );

  it('counts the attempts made before a restart towards the limit', async () => {
    const calls = { one: 0, two: 0 };
    let instance: keyof typeof calls = 'one';
    const fragile: SubscriptionDefinition = {
      name: 'fragile',
      maxAttempts: 3,
      // Long enough that the first instance is stopped while it waits between its second and third try.
      backoff: { initialMs: 400, maxMs: 400 },
      handle: () => {
        calls[instance] += 1;
        return Promise.reject(new Error(`failed on ${instance}`));
      },
    };
    const options = { database, registry, subscriptions: [fragile], pollMs: 50 };
    const first = createEventsModule({ ...options, consumerId: 'one' });
    await first.start();
    await first.store.append(tenantA, 'cart-1', [added('doomed')]);
    await eventually(async () => (await attempts()) === 2);
    await first.stop();
    expect(await letters()).toEqual([]);

    instance = 'two';
    const second = createEventsModule({ ...options, consumerId: 'two' });
    await second.start();
    try {
      await eventually(async () => (await letters()).length === 1);
      expect(await letters()).toEqual([expect.objectContaining({ attempts: 3, lastError: 'failed on two' })]);
      // One try of the whole page, then the single retry that was left: not three more.
      expect(calls.two).toBe(2);
      expect(await attempts()).toBe(0);
    } finally {
      await second.stop();
    }
  });
});
