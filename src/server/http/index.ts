/**
 * The HTTP layer: the route kit modules declare their routes with, and the Express app that serves them.
 * It never imports a module; `main.ts` plugs modules in through the ports.
 * @module
 */
export {
  defineRoute,
  defineManagedRoute,
  FileBody,
  type Access,
  type Committed,
  type EventSender,
  type ManagedHandlerContext,
  type StreamEvents,
  type HandlerContext,
  type RouteDefinition,
  type RouteInput,
  type SignedInContext,
  type TenantHandlerContext,
} from './route.js';
export type {
  Actor,
  Authentication,
  Authenticator,
  AuditEntryInput,
  AuditRecorder,
  TenantContext,
  TenantResolver,
} from './ports.js';
export { createHttpApp, type HttpAppOptions } from './create-app.js';
export { systemRoutes } from './system-routes.js';
export { buildOpenApiDocument } from './openapi.js';
export { SESSION_COOKIE, TENANT_HEADER, CSRF_HEADER } from './request-client.js';
