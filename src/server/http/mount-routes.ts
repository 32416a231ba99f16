import express, { type Request, type Response, type Router } from 'express';
import { AppError, type Clock } from '../../kernel/index.js';
import { INSTALLATION_SCOPE, withTenant, type AppDb } from '../db/index.js';
import type { AppTx } from '../db/index.js';
import { guardAccess } from './access-guard.js';
import { EventStream, senderFor, wantsEventStream } from './event-stream.js';
import { parseInput } from './parse-input.js';
import type { Authentication, Authenticator, AuditRecorder, TenantContext, TenantResolver } from './ports.js';
import { problemOf, toAppError } from './problem-response.js';
import { bearerTokenOf, clientOf, requestIdOf, SESSION_COOKIE } from './request-client.js';
import {
  Committed,
  FileBody,
  type HandlerContext,
  type ManagedSpec,
  type RouteDefinition,
  type RouteInput,
} from './route.js';

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
 * then run the handler and its audit entry in one tenant-scoped transaction. Managed routes
 * (`defineManagedRoute`) open their own short transactions and commit their change with its audit entry
 * through `commit`; a standard route is a managed one that commits its whole handler.
 */
export function mountRoutes(routes: RouteDefinition[], deps: RouteDependencies): Router {
  const router = express.Router();
  for (const route of routes) {
    if (route.file && route.response !== FileBody)
      throw new Error(`${route.method} ${route.path} answers with a file, so its response must be FileBody`);
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
  const context = (): Omit<HandlerContext, 'tx'> => ({
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
  const status = route.status ?? 200;
  const streamEvents = route.managed?.stream?.events;
  const stream = streamEvents && wantsEventStream(req) ? new EventStream(res, status) : null;
  const abort = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) abort.abort(new Error('the client closed the connection'));
  });

  try {
    authentication = await authenticateFor(route, deps, req);
    tenant = await guardAccess(req, route.access, authentication, deps.tenants);
    input = {
      params: parseInput(route.params, req.params, 'params'),
      query: parseInput(route.query, req.query, 'query'),
      body: parseInput(route.body, bodyOf(req, route), 'body'),
    };
    let commits = 0;
    const managedContext = {
      ...context(),
      transaction: <T>(work: (tx: AppTx) => Promise<T>) => withTenant(deps.db, scope(), work),
      // The change, its checked result and its audit entry commit together, or not at all.
      commit: async (work: (tx: AppTx) => Promise<unknown>) => {
        commits += 1;
        if (commits > 1) throw new Error(`${route.method} ${route.path} committed twice`);
        const parsed = await withTenant(deps.db, scope(), async (tx) => {
          const value: unknown = route.response.parse(await work(tx));
          if (route.audit) {
            await deps.audit.record(tx, scope().tenantId, {
              ...actorFields(authentication, route.audit.actorOf?.(value)),
              action: route.audit.action,
              resource: route.audit.resource(input, value),
              result: 'success',
              requestId,
            });
          }
          return value;
        });
        return new Committed(parsed);
      },
      events: stream && streamEvents ? senderFor(stream, streamEvents) : null,
      signal: abort.signal,
    };
    const run: ManagedSpec['handler'] =
      route.managed?.handler ??
      ((managed, parsedInput) => managed.commit((tx) => route.handler({ ...context(), tx }, parsedInput)));
    const { value: result } = await run(managedContext, input);
    if (stream) {
      stream.send('result', result);
      stream.end();
    } else if (status === 204) res.status(204).end();
    else if (route.file) sendFile(res, status, route.file.contentType, FileBody.parse(result));
    else res.status(status).json(result);
  } catch (error) {
    if (route.audit && worthRecording(route, authentication, error)) {
      await recordFailure(route, deps, scope(), authentication, input, requestId, error);
    }
    if (!stream?.opened) throw error;
    // The stream's status went out with its first event: the problem can only follow as an event.
    const appError = toAppError(error);
    if (appError.status >= 500) req.log.error({ err: error, requestId }, 'streaming request failed');
    stream.send('error', problemOf(appError, requestId));
    stream.end();
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

/**
 * A plain ASCII name goes out quoted (`filename="clinic-v1.zip"`), the form every client reads; any other
 * name is left to Express's `attachment`, which adds the encoded `filename*` form. The Content-Type is
 * the route's, not guessed from the name.
 */
function sendFile(res: Response, status: number, contentType: string, file: FileBody): void {
  if (/^[\x20-\x7e]+$/.test(file.filename) && !/["\\]/.test(file.filename))
    res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
  else res.attachment(file.filename);
  res.status(status).type(contentType).send(Buffer.from(file.bytes));
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
