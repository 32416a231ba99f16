import { z } from 'zod';
import { Id, Timestamp } from './common.js';

/** A stream id names one aggregate or process, e.g. `blueprint-0190f5d2…`; no whitespace, bounded. */
export const StreamId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@-]*$/, {
    error: 'must start with a letter or digit and use only letters, digits and . _ : @ -',
  });

/** Event type names: `PascalCase` words, optionally namespaced with dots, e.g. `crm.LeadCaptured`. */
export const EventTypeName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, {
    error: 'must be a name like OrderPlaced or crm.LeadCaptured',
  });

/**
 * What a writer expects of the stream: `any`, `no_stream`, `stream_exists`, or the exact version of its
 * last event (0 for a stream with no events).
 */
export const ExpectedVersion = z.union([
  z.enum(['any', 'no_stream', 'stream_exists']),
  z.number().int().min(0),
]);
export type ExpectedVersion = z.infer<typeof ExpectedVersion>;

/** The read-all cursor `<tx_id>:<global_position>`; `0:0` is the start of time. */
export const EventCursor = z
  .string()
  .regex(/^\d{1,20}:\d{1,19}$/, { error: 'must look like 0:0 or 1234:5678' });

export const NewEventInput = z.strictObject({
  /** Chosen by the writer so that a retried request is recognised (idempotent retry). */
  eventId: Id.optional(),
  type: EventTypeName,
  data: z.record(z.string(), z.unknown()),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

export const AppendEventsRequest = z.strictObject({
  expectedVersion: ExpectedVersion.default('any'),
  /** The aggregate type recorded on a new stream. */
  streamType: z.string().min(1).max(120).optional(),
  events: z.array(NewEventInput).min(1).max(1000),
});
export type AppendEventsRequest = z.infer<typeof AppendEventsRequest>;

export const AppendEventsResponse = z.object({
  streamId: z.string(),
  /** The stream's version after the append (the last event's version). */
  nextVersion: z.number().int(),
  firstPosition: z.number().int(),
  lastPosition: z.number().int(),
  /** True when these event ids were already appended and the original positions are returned. */
  duplicate: z.boolean(),
});
export type AppendEventsResponse = z.infer<typeof AppendEventsResponse>;

export const StoredEventView = z.object({
  globalPosition: z.number().int(),
  cursor: EventCursor,
  streamId: z.string(),
  streamVersion: z.number().int(),
  eventId: Id,
  type: z.string(),
  schemaVersion: z.number().int(),
  data: z.unknown(),
  metadata: z.record(z.string(), z.unknown()),
  createdAt: Timestamp,
});
export type StoredEventView = z.infer<typeof StoredEventView>;

export const ReadStreamQuery = z.strictObject({
  direction: z.enum(['forwards', 'backwards']).default('forwards'),
  /** Inclusive start version; backwards reads default to the end of the stream. */
  from: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const StreamPage = z.object({
  streamId: z.string(),
  version: z.number().int(),
  archived: z.boolean(),
  events: z.array(StoredEventView),
});

export const ReadAllQuery = z.strictObject({
  after: EventCursor.default('0:0'),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const EventPage = z.object({
  events: z.array(StoredEventView),
  /** Pass as `after` to read on; equal to the request's `after` when nothing new is visible yet. */
  next: EventCursor,
});
export type EventPage = z.infer<typeof EventPage>;

export const SubscriptionView = z.object({
  name: z.string(),
  partitions: z.number().int(),
  checkpoints: z.array(z.object({ partition: z.number().int(), cursor: EventCursor })),
  /** Events of this tenant not yet processed by the slowest partition. */
  lag: z.number().int(),
  deadLetters: z.number().int(),
});

export const DeadLetterView = z.object({
  id: Id,
  subscription: z.string(),
  globalPosition: z.number().int(),
  eventId: Id,
  streamId: z.string(),
  eventType: z.string(),
  attempts: z.number().int(),
  lastError: z.string(),
  status: z.enum(['dead', 'replayed', 'discarded']),
  createdAt: Timestamp,
  resolvedAt: Timestamp.nullable(),
});
export type DeadLetterView = z.infer<typeof DeadLetterView>;

export const DeadLetterListQuery = z.strictObject({
  subscription: z.string().optional(),
  status: z.enum(['dead', 'replayed', 'discarded']).default('dead'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const DeadLetterDetail = DeadLetterView.extend({ event: StoredEventView.nullable() });
export type DeadLetterDetail = z.infer<typeof DeadLetterDetail>;

/** A JSON Schema (draft-07) a tenant registers for an event type that no module owns. */
export const TenantEventSchema = z.record(z.string(), z.unknown());

export const EventSchemaView = z.object({
  type: z.string(),
  schema: z.record(z.string(), z.unknown()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type EventSchemaView = z.infer<typeof EventSchemaView>;
