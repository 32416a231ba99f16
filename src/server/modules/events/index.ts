/**
 * The event store and event bus: append with expected versions, ordered reads that never skip an event,
 * subscriptions with checkpoints, leases and dead letters, snapshots, upcasters, and an in-process bus fed
 * from the database so every instance sees every event.
 * @module
 */
import { newId } from '../../../kernel/index.js';
import type { Database } from '../../db/index.js';
import type { RouteDefinition } from '../../http/index.js';
import { projectionSubscription, type AsyncProjection } from './async-projection.js';
import { EventBus } from './event-bus.js';
import { EventRegistry } from './event-registry.js';
import { EventStore } from './event-store.js';
import { EventNotifier } from './notifier.js';
import type { InlineProjection } from './projection.js';
import { rebuildProjection, type RebuildResult } from './rebuild-projection.js';
import { eventRoutes } from './routes.js';
import {
  resolveSubscription,
  type ResolvedSubscription,
  type SubscriptionDefinition,
} from './subscription.js';
import { SubscriptionRunner } from './subscription-runner.js';

export {
  defineEvent,
  EventRegistry,
  MAX_UNREGISTERED_EVENT_BYTES,
  type EventContract,
  type Upcaster,
} from './event-registry.js';
export { ConcurrencyError, satisfies } from './expected-version.js';
export { EventStore } from './event-store.js';
export { EventBus, type BusHandler } from './event-bus.js';
export { readStream, type ReadStreamOptions, type StreamRead } from './read-stream.js';
export { readAll, type AllRead } from './read-all.js';
export { parseCursor, formatCursor, START, type Cursor } from './cursor.js';
export { loadAggregate, type AggregateDefinition, type LoadedAggregate } from './load-aggregate.js';
export { archiveStream } from './archive-stream.js';
export { partitionOf } from './partition.js';
export type { AppendOptions, AppendResult, NewEvent } from './append-events.js';
export type { StoredEvent } from './stored-event.js';
export type { SubscriptionDefinition, HandlerContext } from './subscription.js';
export type { InlineProjection, AppendedEvent } from './projection.js';
export type { AsyncProjection, ProjectionTarget } from './async-projection.js';
export type { RebuildResult } from './rebuild-projection.js';

export interface EventsModuleOptions {
  database: Database;
  registry?: EventRegistry;
  subscriptions?: SubscriptionDefinition[];
  projections?: InlineProjection[];
  /** Read models kept by subscriptions (of the same names), which can be rebuilt. */
  asyncProjections?: AsyncProjection[];
  /** Fallback polling interval for subscriptions and the bus (default 1 s). */
  pollMs?: number;
  leaseMs?: number;
  consumerId?: string;
  onError?: (error: unknown, where: string) => void;
}

export interface EventsModule {
  store: EventStore;
  registry: EventRegistry;
  bus: EventBus;
  subscriptions: ReadonlyMap<string, ResolvedSubscription>;
  routes: RouteDefinition[];
  /** Replays every event into a fresh table for the named async projection and swaps it in. */
  rebuildProjection(name: string): Promise<RebuildResult>;
  /** Starts listening, the subscription workers and the bus. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createEventsModule(options: EventsModuleOptions): EventsModule {
  const { database } = options;
  const registry = options.registry ?? new EventRegistry();
  const notifier = new EventNotifier(database);
  const store = new EventStore(database.db, registry, notifier, options.projections ?? []);
  const asyncProjections = new Map((options.asyncProjections ?? []).map((p) => [p.name, p] as const));
  const definitions = [
    ...(options.subscriptions ?? []),
    ...[...asyncProjections.values()].map(projectionSubscription),
  ];
  const subscriptions = new Map(
    definitions.map((definition) => {
      const resolved = resolveSubscription(definition);
      return [resolved.name, resolved] as const;
    }),
  );
  // Checkpoints are keyed by name: two subscriptions sharing one would move each other's.
  if (subscriptions.size !== definitions.length) throw new Error('two subscriptions share a name');
  const onError = options.onError ?? (() => undefined);
  const pollMs = options.pollMs ?? 1_000;
  const runner = new SubscriptionRunner(database.db, registry, notifier, [...subscriptions.values()], {
    consumerId: options.consumerId ?? `consumer-${newId()}`,
    pollMs,
    leaseMs: options.leaseMs ?? 15_000,
    onError,
  });
  const bus = new EventBus(database.db, store, notifier, {
    pollMs,
    onError: (error) => onError(error, 'bus'),
  });
  return {
    store,
    registry,
    bus,
    subscriptions,
    routes: eventRoutes({ store, registry, subscriptions, notifier }),
    rebuildProjection: (name) => {
      const projection = asyncProjections.get(name);
      if (!projection) return Promise.reject(new Error(`no async projection is named ${name}`));
      return rebuildProjection(database.db, registry, projection);
    },
    start: async () => {
      await notifier.start();
      await bus.start();
      runner.start();
    },
    stop: async () => {
      await runner.stop();
      await bus.stop();
      await notifier.stop();
    },
  };
}
