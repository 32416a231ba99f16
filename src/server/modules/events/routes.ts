import { z } from 'zod';
import {
  AppendEventsRequest,
  AppendEventsResponse,
  DeadLetterDetail,
  DeadLetterListQuery,
  DeadLetterView,
  EventPage,
  EventSchemaView,
  EventTypeName,
  Id,
  ReadAllQuery,
  ReadStreamQuery,
  StreamId,
  StreamPage,
  SubscriptionView,
  TenantEventSchema,
} from '../../../contracts/index.js';
import { AppError, notFound } from '../../../kernel/index.js';
import { defineRoute, type RouteDefinition } from '../../http/index.js';
import { parseCursor } from './cursor.js';
import { discardDeadLetter, listDeadLetters, replayDeadLetter, showDeadLetter } from './dead-letters.js';
import type { EventRegistry } from './event-registry.js';
import type { EventStore } from './event-store.js';
import { listSubscriptions } from './list-subscriptions.js';
import { readAll } from './read-all.js';
import { readStream } from './read-stream.js';
import { eventView } from './stored-event.js';
import { checkTenantSchemas, listTenantSchemas, putTenantSchema } from './tenant-schemas.js';
import type { ResolvedSubscription } from './subscription.js';

const StreamParams = z.strictObject({ streamId: StreamId });
const DeadLetterParams = z.strictObject({ id: Id });
const SchemaParams = z.strictObject({ type: EventTypeName });

interface Deps {
  store: EventStore;
  registry: EventRegistry;
  subscriptions: ReadonlyMap<string, ResolvedSubscription>;
}

/** Thin HTTP over the store: the event explorer, integrations and `webnova events`. */
export function eventRoutes({ store, registry, subscriptions }: Deps): RouteDefinition[] {
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
