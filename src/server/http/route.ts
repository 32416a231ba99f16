import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { TenantRole } from '../../contracts/index.js';
import type { Clock } from '../../kernel/index.js';
import type { AppTx } from '../db/index.js';
import type { Actor, Authentication, TenantContext } from './ports.js';

/**
 * Who may call a route:
 * - `public`: anyone;
 * - `user`: any signed-in user;
 * - `root`: the ROOT_OWNER only;
 * - `{ tenantRole }`: a member of the tenant named by `X-Tenant-Id` holding at least that role.
 */
export type Access = 'public' | 'user' | 'root' | { tenantRole: TenantRole };

export interface CookieOptions {
  maxAgeMs?: number;
}

/** What a handler may know of the request beyond its parsed input. */
export interface HandlerContext {
  tx: AppTx;
  requestId: string;
  clock: Clock;
  actor: Actor | null;
  authentication: Authentication | null;
  tenant: TenantContext | null;
  client: { ip: string; isLocal: boolean; userAgent: string };
  setCookie(name: string, value: string, options?: CookieOptions): void;
  clearCookie(name: string): void;
}

/** The same context where the route's access rule guarantees a signed-in caller. */
export type SignedInContext = HandlerContext & { actor: Actor; authentication: Authentication };
export type TenantHandlerContext = SignedInContext & { tenant: TenantContext };

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
}

type Schema = z.ZodType;
export type Out<S extends Schema | undefined> = S extends Schema ? z.output<S> : undefined;

export type ContextFor<A extends Access> = A extends 'public'
  ? HandlerContext
  : A extends { tenantRole: TenantRole }
    ? TenantHandlerContext
    : SignedInContext;

export interface RouteDefinition<
  A extends Access = Access,
  P extends Schema | undefined = Schema | undefined,
  Q extends Schema | undefined = Schema | undefined,
  B extends Schema | undefined = Schema | undefined,
  R extends Schema = Schema,
> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Express-style path, e.g. `/api/tenant/members/:memberId`. */
  path: string;
  summary: string;
  tag: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  /** 200 unless said; 204 sends no body. */
  status?: 200 | 201 | 204;
  /**
   * Set for a route that answers with a file (a download) instead of JSON: its `response` is
   * `FileBody`, and the bytes go out with this Content-Type and `Content-Disposition: attachment`.
   * Refusals are still problem+json.
   */
  file?: { contentType: string };
  /** Every state-changing route is audited: the entry is written in the route's own transaction. */
  audit?: {
    action: string;
    resource: (input: RouteInput<Out<P>, Out<Q>, Out<B>>, result: z.output<R> | undefined) => string;
    /** For routes that create the actor (sign-up), who to record once the result is known. */
    actorOf?: (result: z.output<R>) => { id: string; label: string };
  };
  /** Runs before parsing, e.g. a rate limiter. */
  middleware?: RequestHandler[];
  handler: (context: ContextFor<A>, input: RouteInput<Out<P>, Out<Q>, Out<B>>) => Promise<z.input<R>>;
  /**
   * Set by `defineManagedRoute`: the handler runs its own short transactions (and may stream), and
   * `handler` above is not used.
   */
  managed?: ManagedSpec;
}

/**
 * The result of a route declared with `file`: the bytes to send and the name the browser saves them as.
 * @example
 * defineRoute({ ..., file: { contentType: 'application/zip' }, response: FileBody,
 *   handler: async () => ({ filename: 'clinic-v1.zip', bytes: zipSync(files) }) })
 */
export const FileBody = z.strictObject({
  filename: z.string().min(1).max(255),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'must be bytes' }),
});
export type FileBody = z.input<typeof FileBody>;

/** Declares a route; the generic parameters are inferred so handlers see their parsed input's types. */
export function defineRoute<
  A extends Access,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema = Schema,
>(definition: RouteDefinition<A, P, Q, B, R>): RouteDefinition {
  return definition;
}

/** Server-sent event names a streaming route declares, each with the contract of its data. */
export type StreamEvents = Record<string, z.ZodType>;

/** The kit sends these itself: `result` carries the response body, `error` a problem+json body. */
export const RESERVED_STREAM_EVENTS = ['result', 'error'] as const;

/** Sends server-sent events; the stream opens (status and headers go out) with the first one. */
export interface EventSender<E extends StreamEvents = StreamEvents> {
  send<K extends keyof E & string>(event: K, data: z.input<E[K]>): void;
}

/** A route result that went through `commit`: checked against the response contract and audited. */
export class Committed {
  constructor(readonly value: unknown) {}
}

/**
 * What a managed handler gets instead of one open transaction: short transactions on demand, one
 * `commit` for the change the route makes, and, when the client asked for `text/event-stream`, a sender.
 */
export type ManagedHandlerContext<
  A extends Access = Access,
  Result = unknown,
  E extends StreamEvents = StreamEvents,
> = Omit<ContextFor<A>, 'tx'> & {
  /** Runs `work` in a transaction scoped like the route's; for reads, and for records that must outlive a failure. */
  transaction<T>(work: (tx: AppTx) => Promise<T>): Promise<T>;
  /**
   * Runs the route's change in one transaction that also checks the result against the response contract
   * and writes the audit entry. Call it exactly once; return what it returns.
   */
  commit(work: (tx: AppTx) => Promise<Result>): Promise<Committed>;
  /** `null` unless the route streams and the client sent `Accept: text/event-stream`. */
  events: EventSender<E> | null;
  /** Aborted when the client goes away, e.g. to stop a long provider call. */
  signal: AbortSignal;
};

export interface ManagedSpec {
  handler: (
    context: ManagedHandlerContext,
    input: RouteInput<unknown, unknown, unknown>,
  ) => Promise<Committed>;
  stream?: { events: StreamEvents } | undefined;
}

export interface ManagedRouteDefinition<
  A extends Access,
  P extends Schema | undefined,
  Q extends Schema | undefined,
  B extends Schema | undefined,
  R extends Schema,
  E extends StreamEvents,
> extends Omit<RouteDefinition<A, P, Q, B, R>, 'handler' | 'managed'> {
  /** Events the handler may send before the result when the client asks for `text/event-stream`. */
  stream?: { events: E };
  handler: (
    context: ManagedHandlerContext<A, z.input<R>, E>,
    input: RouteInput<Out<P>, Out<Q>, Out<B>>,
  ) => Promise<Committed>;
}

/**
 * Declares a route whose handler manages its own transactions: for work that must not hold a transaction
 * open (a slow AI call) and for streaming. Authentication, access, CSRF, parsing, audit and problem+json
 * are the same as for `defineRoute`; the audit entry is written in the `commit` transaction.
 */
export function defineManagedRoute<
  A extends Access,
  P extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  B extends Schema | undefined = undefined,
  R extends Schema = Schema,
  E extends StreamEvents = Record<never, z.ZodType>,
>(definition: ManagedRouteDefinition<A, P, Q, B, R, E>): RouteDefinition {
  const { handler, stream, ...rest } = definition;
  for (const name of RESERVED_STREAM_EVENTS) {
    if (stream && name in stream.events) throw new Error(`the stream event name '${name}' is reserved`);
  }
  return {
    ...rest,
    handler: () => Promise.reject(new Error('a managed route runs through its managed handler')),
    managed: { handler: handler as unknown as ManagedSpec['handler'], stream },
  } as RouteDefinition;
}
