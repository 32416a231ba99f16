import type { RequestHandler } from 'express';
import type { z } from 'zod';
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
type Out<S extends Schema | undefined> = S extends Schema ? z.output<S> : undefined;

type ContextFor<A extends Access> = A extends 'public'
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
}

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
