import { z } from 'zod';
import {
  AppendEventsRequest,
  AppendEventsResponse,
  DeadLetterDetail,
  DeadLetterListQuery,
  DeadLetterView,
  EventCursor,
  EventPage,
  EventSchemaView,
  EventTypeName,
  Id,
  ReadAllQuery,
  ReadStreamQuery,
  StreamId,
  StoredEventView,
  StreamPage,
  SubscriptionView,
  TenantEventSchema,
} from '../../../contracts/index.js';
import { AppError, notFound } from '../../../kernel/index.js';
import { defineManagedRoute, defineRoute, type RouteDefinition } from '../../http/index.js';
import { formatCursor, parseCursor } from './cursor.js';
import { discardDeadLetter, listDeadLetters, replayDeadLetter, showDeadLetter } from './dead-letters.js';
import type { EventRegistry } from './event-registry.js';
import type { EventStore } from './event-store.js';
import { listSubscriptions } from './list-subscriptions.js';
import { followEvents, headCursor } from './live-events.js';
import type { EventNotifier } from './notifier.js';
import { readAll } from './read-all.js';
import { readStream } from './read-stream.js';
import { eventView } from './stored-event.js';
import { checkTenantSchemas, listTenantSchemas, putTenantSchema } from './tenant-schemas.js';
import type { ResolvedSubscription } from './subscription.js';

const StreamParams = z.strictObject({ streamId: StreamId });
const DeadLetterParams = z.strictObject({ id: Id });
const SchemaParams = z.strictObject({ type: EventTypeName });
const LiveQuery = z.strictObject({ after: EventCursor.optional() });
const LiveReady = z.object({ after: EventCursor });
// With wake-ups the poll only covers a lost one; without them it is all a follower has.
const LIVE_POLL_MS = { woken: 5_000, alone: 1_000 };

interface Deps {
  store: EventStore;
  registry: EventRegistry;
  subscriptions: ReadonlyMap<string, ResolvedSubscription>;
  /** Wakes live followers when a tenant's events commit (the bus's and the subscriptions' notifier). */
  notifier?: EventNotifier;
}

/** Thin HTTP over the store: the event explorer, integrations and `webnova events`. */
export function eventRoutes({ store, registry, subscriptions, notifier }: Deps): RouteDefinition[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/events/streams/:streamId',
      summary: 'Append events to a stream, optionally with the version you expect it to be at',
      tag: 'events',
      access: { tenantRole: 'developer' },
      params: StreamParams,
      body: AppendEventsRequest,
      response: AppendEventsResponse,
      status: 201,
      audit: { action: 'events.append', resource: ({ params }) => `stream:${params.streamId}` },
      handler: async ({ tx, tenant }, { params, body }) => {
        refuseModuleEvents(registry, body.events);
        await checkTenantSchemas(tx, registry, tenant.id, body.events);
        return store.appendIn(tx, tenant.id, params.streamId, body.events, {
          expected: body.expectedVersion,
          streamType: body.streamType,
          // Integrations may send types no module owns; module types still meet their contracts.
          allowUnregistered: true,
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/events/streams/:streamId',
      summary: "Read a stream's events forwards or backwards from a version",
      tag: 'events',
      access: { tenantRole: 'viewer' },
      params: StreamParams,
      query: ReadStreamQuery,
      response: StreamPage,
      handler: async ({ tx, tenant }, { params, query }) => {
        const read = await readStream(tx, registry, tenant.id, params.streamId, query);
        // A stream that was never written does not exist, in this tenant or (as far as it can tell) any other.
        if (read.version === 0)
          throw notFound(
            `Stream '${params.streamId}'`,
            'GET /api/events lists the streams that have events.',
          );
        return { ...read, events: read.events.map(eventView) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/events',
      summary: "Read all of the tenant's events after a cursor, in an order that never skips one",
      tag: 'events',
      access: { tenantRole: 'viewer' },
      query: ReadAllQuery,
      response: EventPage,
      handler: async ({ tx, tenant }, { query }) => {
        const page = await readAll(tx, registry, tenant.id, parseCursor(query.after), query.limit);
        return { events: page.events.map(eventView), next: page.next };
      },
    }),
    defineManagedRoute({
      method: 'get',
      path: '/api/events/live',
      summary:
        "Follow the tenant's events live: with Accept: text/event-stream, `ready` (the starting cursor), then an `event` for each one after the cursor (or from now on without one) as it commits, until the client leaves",
      tag: 'events',
      access: { tenantRole: 'viewer' },
      query: LiveQuery,
      response: EventPage,
      stream: { events: { ready: LiveReady, event: StoredEventView } },
      handler: async (context, { query }) => {
        const tenantId = context.tenant.id;
        const after = query.after
          ? parseCursor(query.after)
          : await context.transaction((tx) => headCursor(tx, tenantId));
        const events = context.events;
        if (!events) {
          // Asked for JSON: one page after the cursor, as GET /api/events would answer.
          const page = await context.transaction((tx) => readAll(tx, registry, tenantId, after, 100));
          return context.commit(() =>
            Promise.resolve({ events: page.events.map(eventView), next: page.next }),
          );
        }
        // Opens the stream at once, so the client knows it is connected before any event commits.
        events.send('ready', { after: formatCursor(after) });
        const last = await followEvents({
          tenantId,
          after,
          read: (from, limit) => context.transaction((tx) => readAll(tx, registry, tenantId, from, limit)),
          send: (event) => events.send('event', eventView(event)),
          notifier,
          pollMs: notifier ? LIVE_POLL_MS.woken : LIVE_POLL_MS.alone,
          signal: context.signal,
        });
        return context.commit(() => Promise.resolve({ events: [], next: formatCursor(last) }));
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/events/schemas/:type',
      summary:
        "Register the tenant's JSON Schema (draft-07) for an event type no module owns; appends of it are checked against it",
      tag: 'events',
      access: { tenantRole: 'admin' },
      params: SchemaParams,
      body: TenantEventSchema,
      response: EventSchemaView,
      audit: { action: 'events.schema.put', resource: ({ params }) => `event-type:${params.type}` },
      handler: ({ tx, tenant }, { params, body }) =>
        putTenantSchema(tx, registry, tenant.id, params.type, body),
    }),
    defineRoute({
      method: 'get',
      path: '/api/events/schemas',
      summary: 'List the JSON Schemas this tenant registered for its own event types',
      tag: 'events',
      access: { tenantRole: 'viewer' },
      response: z.array(EventSchemaView),
      handler: ({ tx, tenant }) => listTenantSchemas(tx, tenant.id),
    }),
    defineRoute({
      method: 'get',
      path: '/api/events/subscriptions',
      summary: 'List the subscriptions with their checkpoints, lag and dead letters in this tenant',
      tag: 'events',
      access: { tenantRole: 'viewer' },
      response: z.array(SubscriptionView),
      handler: ({ tx, tenant }) => listSubscriptions(tx, tenant.id, subscriptions.values()),
    }),
    defineRoute({
      method: 'get',
      path: '/api/events/dead-letters',
      summary: 'List events that subscriptions gave up on',
      tag: 'events',
      access: { tenantRole: 'developer' },
      query: DeadLetterListQuery,
      response: z.array(DeadLetterView),
      handler: ({ tx, tenant }, { query }) => listDeadLetters(tx, tenant.id, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/events/dead-letters/:id',
      summary: 'Inspect a dead letter and its event',
      tag: 'events',
      access: { tenantRole: 'developer' },
      params: DeadLetterParams,
      response: DeadLetterDetail,
      handler: async ({ tx, tenant }, { params }) => {
        const letter = await showDeadLetter(tx, registry, tenant.id, params.id);
        return { ...letter, event: letter.event ? eventView(letter.event) : null };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/events/dead-letters/:id/replay',
      summary: "Run the subscription's handler on the event again; on success the letter is resolved",
      tag: 'events',
      access: { tenantRole: 'admin' },
      params: DeadLetterParams,
      response: DeadLetterView,
      audit: { action: 'events.dead_letter.replay', resource: ({ params }) => `dead-letter:${params.id}` },
      handler: ({ tx, tenant }, { params }) =>
        replayDeadLetter(tx, registry, subscriptions, tenant.id, params.id),
    }),
    defineRoute({
      method: 'post',
      path: '/api/events/dead-letters/:id/discard',
      summary: 'Give up on a dead letter for good',
      tag: 'events',
      access: { tenantRole: 'admin' },
      params: DeadLetterParams,
      response: DeadLetterView,
      audit: { action: 'events.dead_letter.discard', resource: ({ params }) => `dead-letter:${params.id}` },
      handler: ({ tx, tenant }, { params }) => discardDeadLetter(tx, tenant.id, params.id),
    }),
  ];
}

/**
 * Event types a module registered are written by that module alone, after its own rules (a
 * `BlueprintRevised` must hold a Blueprint that passed validation, not merely the event's shape).
 */
function refuseModuleEvents(registry: EventRegistry, events: readonly { type: string }[]): void {
  const owned = events.find((event) => registry.isRegistered(event.type));
  if (owned) {
    throw new AppError(
      'forbidden',
      `${owned.type} events are written by WebNova itself, not through /api/events`,
      {
        hint: 'Use the API of the capability that owns them (for Blueprints: /api/platforms/…), or append an event type of your own.',
        details: { type: owned.type },
      },
    );
  }
}
