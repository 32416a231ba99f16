/**
 * What the preview proxy answers when it cannot forward: an HTML page for a person in a browser,
 * problem+json for code. Never a stack trace, and none of WebNova's own headers (no CORS, no cookies):
 * this is the platform's origin, not WebNova's.
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ProblemDetails } from '../../../../contracts/index.js';
import { AppError, newId } from '../../../../kernel/index.js';
import { prefersHtml } from './accept-preference.js';

/** Seconds a client is asked to wait before retrying a 503 (a redeploy usually takes a few). */
const RETRY_AFTER_SECONDS = 5;

/** Answers an HTTP request with the refusal, in the form its Accept header prefers. */
export function sendRefusal(req: IncomingMessage, res: ServerResponse, error: AppError): void {
  if (res.destroyed) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const { contentType, body } = prefersHtml(req.headers.accept)
    ? { contentType: 'text/html; charset=utf-8', body: htmlPageOf(error) }
    : { contentType: 'application/problem+json', body: JSON.stringify(problemOf(error)) };
  res.writeHead(error.status, headersOf(error, contentType, body));
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Answers a websocket upgrade on its raw socket (there is no ServerResponse for upgrades). */
export function writeRefusalToSocket(socket: Duplex, error: AppError): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify(problemOf(error));
  const headers = { ...headersOf(error, 'application/problem+json', body), Connection: 'close' };
  const head = [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}`,
    ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
  ].join('\r\n');
  socket.end(`${head}\r\n\r\n${body}`);
}

function headersOf(error: AppError, contentType: string, body: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...(error.status === 503 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {}),
  };
}

function problemOf(error: AppError): ProblemDetails {
  return {
    type: `urn:webnova:problem:${error.code}`,
    title: STATUS_CODES[error.status] ?? 'Error',
    status: error.status,
    detail: error.message,
    code: error.code,
    requestId: newId(),
    ...(error.hint ? { hint: error.hint } : {}),
    ...(Object.keys(error.details).length ? { details: error.details } : {}),
  };
}

/** A small self-contained page; a 503 reloads itself so the preview comes back on its own. */
function htmlPageOf(error: AppError): string {
  const title = escapeHtml(STATUS_CODES[error.status] ?? 'Error');
  const refresh = error.status === 503 ? `<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">` : '';
  const hint = error.hint ? `<p>${escapeHtml(error.hint)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}</style>
</head>
<body><h1>${title}</h1><p>${escapeHtml(error.message)}</p>${hint}</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The platform has no live process (stopped, failed, never started); `reason` says which. */
export function platformUnavailable(reason: string): AppError {
  return new AppError('unavailable', reason, {
    hint: 'Start or redeploy the platform from WebNova; this page retries by itself.',
  });
}

/** Requests waited through a switch that took longer than the pause allows. */
export function pausedTooLong(timeoutMs: number): AppError {
  return new AppError(
    'unavailable',
    `The platform is being switched to a new version and did not come back within ${timeoutMs} ms`,
    { hint: 'Try again in a few seconds; if it persists, check the deployment in WebNova.' },
  );
}

/** The platform's process could not be reached or broke the connection. */
export function upstreamFailed(error: Error): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const message =
    code === 'ECONNREFUSED'
      ? "The platform's process is not accepting connections"
      : "The platform's process closed the connection before answering";
  return new AppError('upstream_failed', message, {
    hint: 'It may be starting or may have crashed; check its logs and status in WebNova.',
    ...(code ? { details: { cause: code } } : {}),
  });
}
