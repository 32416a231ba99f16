import express, { type Request, type Response, type Router } from 'express';
import { AppError, type Clock } from '../../kernel/index.js';
import { INSTALLATION_SCOPE, withTenant, type AppDb } from '../db/index.js';
import { guardAccess } from './access-guard.js';
import { parseInput } from './parse-input.js';
import type { Authentication, Authenticator, AuditRecorder, TenantContext, TenantResolver } from './ports.js';
import { bearerTokenOf, clientOf, requestIdOf, SESSION_COOKIE } from './request-client.js';
import type { HandlerContext, RouteDefinition, RouteInput } from './route.js';

export interface RouteDependencies {
  db: AppDb;
  clock: Clock;
  authenticator: Authenticator;
  tenants: TenantResolver;
  audit: AuditRecorder;
  secureCookies: boolean;
}

/**
 * Mounts route definitions: authenticate, check access and CSRF, parse every input with its contract,
 * then run the handler and its audit entry in one tenant-scoped transaction.
 */
export function mountRoutes(routes: RouteDefinition[], deps: RouteDependencies): Router {
  const router = express.Router();
  for (const route of routes) {
    router[route.method](route.path, ...(route.middleware ?? []), (req: Request, res: Response) =>
      handle(route, deps, req, res),
    );
  }
  return router;
}

async function handle(
  route: RouteDefinition,
  deps: RouteDependencies,
  req: Request,
  res: Response,
): Promise<void> {
  const requestId = requestIdOf(req);
  let authentication: Authentication | null = null;
  let tenant: TenantContext | null = null;
  let input: RouteInput<unknown, unknown, unknown> = { params: undefined, query: undefined, body: undefined };
  const scope = () => ({ tenantId: tenant?.id ?? INSTALLATION_SCOPE, userId: authentication?.actor.userId });
  const context = (tx: HandlerContext['tx']): HandlerContext => ({
    tx,
    requestId,
    clock: deps.clock,
    actor: authentication?.actor ?? null,
    authentication,
    tenant,
    client: clientOf(req),
    setCookie: (name, value, options) =>
      res.cookie(name, value, {
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
        path: '/',
        ...(options?.maxAgeMs ? { maxAge: options.maxAgeMs } : {}),
      }),
    clearCookie: (name) => res.clearCookie(name, { path: '/' }),
  });

  try {
    authentication = await authenticateFor(route, deps, req);
    tenant = await guardAccess(req, route.access, authentication, deps.tenants);
    input = {
      params: parseInput(route.params, req.params, 'params'),
      query: parseInput(route.query, req.query, 'query'),
      body: parseInput(route.body, bodyOf(req, route), 'body'),
    };
    const result = await withTenant(deps.db, scope(), async (tx) => {
      const raw = await route.handler(context(tx), input);
      const parsed: unknown = route.response.parse(raw);
      if (route.audit) {
        await deps.audit.record(tx, scope().tenantId, {
          ...actorFields(authentication, route.audit.actorOf?.(parsed)),
          action: route.audit.action,
          resource: route.audit.resource(input, parsed),
          result: 'success',
          requestId,
        });
      }
      return parsed;
    });
    if (route.status === 204) res.status(204).end();
    else res.status(route.status ?? 200).json(result);
  } catch (error) {
    if (route.audit && worthRecording(route, authentication, error)) {
      await recordFailure(route, deps, scope(), authentication, input, requestId, error);
    }
    throw error;
  }
}

/** A stale cookie must not keep anyone from public routes such as login: there it counts as no credential. */
async function authenticateFor(
  route: RouteDefinition,
  deps: RouteDependencies,
  req: Request,
): Promise<Authentication | null> {
  const credentials = {
    sessionToken: req.cookies?.[SESSION_COOKIE] as string | undefined,
    bearerToken: bearerTokenOf(req),
  };
  try {
    return await deps.authenticator.authenticate(credentials);
  } catch (error) {
    if (route.access === 'public' && error instanceof AppError && error.code === 'unauthenticated')
      return null;
    throw error;
  }
}

/**
 * Refusals of signed-in callers are recorded; of anonymous ones only failed attempts at public routes
 * such as login (malformed anonymous requests would only flood the log).
 */
function worthRecording(
  route: RouteDefinition,
  authentication: Authentication | null,
  error: unknown,
): boolean {
  if (authentication) return true;
  const code = error instanceof AppError ? error.code : 'internal';
  return route.access === 'public' && code !== 'validation_failed' && code !== 'bad_request';
}

function bodyOf(req: Request, route: RouteDefinition): unknown {
  if (!route.body) return undefined;
  const hasBody = req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0';
  if (hasBody && !req.is('application/json')) {
    throw new AppError('unsupported_media_type', 'The request body must be JSON', {
      hint: 'Send the body with Content-Type: application/json.',
    });
  }
  return req.body ?? {};
}

function actorFields(authentication: Authentication | null, created?: { id: string; label: string }) {
  if (created) return { actorId: created.id, actorLabel: created.label };
  if (!authentication) return { actorId: null, actorLabel: 'anonymous' };
  return { actorId: authentication.actor.userId, actorLabel: authentication.actor.email };
}

/** A refused or failed change is recorded too, in its own transaction since the change rolled back. */
async function recordFailure(
  route: RouteDefinition,
  deps: RouteDependencies,
  scope: { tenantId: string; userId: string | undefined },
  authentication: Authentication | null,
  input: RouteInput<unknown, unknown, unknown>,
  requestId: string,
  error: unknown,
): Promise<void> {
  const audit = route.audit;
  if (!audit) return;
  try {
    await withTenant(deps.db, scope, (tx) =>
      deps.audit.record(tx, scope.tenantId, {
        ...actorFields(authentication),
        action: audit.action,
        resource: safeResource(() => audit.resource(input, undefined)),
        result: 'failure',
        requestId,
        details: { code: error instanceof AppError ? error.code : 'internal' },
      }),
    );
  } catch {
    // The original error is what the caller needs to see; a failed failure-record must not mask it.
  }
}

function safeResource(describe: () => string): string {
  try {
    return describe();
  } catch {
    return 'unknown';
  }
}
