import type { Request } from 'express';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** The peer address of the TCP connection; proxies are not trusted unless configured. */
export function clientOf(req: Request): { ip: string; isLocal: boolean; userAgent: string } {
  const ip = req.socket.remoteAddress ?? 'unknown';
  return { ip, isLocal: LOOPBACK.has(ip), userAgent: String(req.headers['user-agent'] ?? '').slice(0, 300) };
}

export const SESSION_COOKIE = 'webnova_session';
export const TENANT_HEADER = 'x-tenant-id';
export const CSRF_HEADER = 'x-csrf-token';

export function bearerTokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? '';
}

/** The id pino-http gave the request (see `genReqId` in create-app.ts). */
export function requestIdOf(req: Request): string {
  return typeof req.id === 'string' ? req.id : typeof req.id === 'number' ? String(req.id) : 'unknown';
}
