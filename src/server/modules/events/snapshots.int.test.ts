import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, withTenant, type TestDatabase } from '../../db/index.js';
import { createEventsModule, loadAggregate, type AggregateDefinition, type EventsModule } from './index.js';
import { added, cartRegistry, tenantA } from './test-fixtures.js';

interface Cart {
  items: number;
}

describe.each(testDatabaseKinds())('snapshots (%s)', (kind) => {
  let database: TestDatabase;
  let events: EventsModule;
  const registry = cartRegistry();
  let folded = 0;
  const cart = (stateVersion: number): AggregateDefinition<Cart> => ({
    type: 'cart',
    stateVersion,
    snapshotEvery: 5,
    initial: () => ({ items: 0 }),
    evolve: (state, event) => {
      folded += 1;
      return { items: state.items + (event.data as { quantity: number }).quantity };
    },
  });
  const load = (stateVersion: number) =>
    withTenant(database.db, { tenantId: tenantA }, (tx) =>
      loadAggregate(tx, registry, tenantA, 'cart-s', cart(stateVersion)),
    );

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    events = createEventsModule({ database, registry });
    for (let n = 0; n < 12; n += 1) await events.store.append(tenantA, 'cart-s', [added(`s${n}`, 2)]);
  });
  afterAll(() => database.drop());

  it('writes a snapshot after N events and starts the next load from it', async () => {
    folded = 0;
    expect(await load(1)).toEqual({ state: { items: 24 }, version: 12, fromSnapshot: 0 });
    expect(folded).toBe(12);
    await events.store.append(tenantA, 'cart-s', [added('more', 1)]);
    folded = 0;
    expect(await load(1)).toEqual({ state: { items: 25 }, version: 13, fromSnapshot: 12 });
    expect(folded).toBe(1);
  });

  it('ignores a snapshot of another state version and rebuilds from the first event', async () => {
    folded = 0;
    expect(await load(2)).toMatchObject({ state: { items: 25 }, fromSnapshot: 0 });
    expect(folded).toBe(13);
    folded = 0;
    expect(await load(2)).toMatchObject({ fromSnapshot: 13 });
    expect(folded).toBe(0);
  });
});
