import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { ProblemDetails } from '../../contracts/index.js';
import { AppError, isAppError } from '../../kernel/index.js';
import { requestIdOf } from './request-client.js';

export function sendProblem(res: Response, error: AppError, requestId: string): void {
  res.status(error.status).type('application/problem+json').json(problemOf(error, requestId));
}

/** The problem+json body for an error, e.g. to send as a server-sent `error` event. */
export function problemOf(error: AppError, requestId: string): ProblemDetails {
  return {
    type: `urn:webnova:problem:${error.code}`,
    title: titleOf(error.code),
    status: error.status,
    detail: error.message,
    code: error.code,
    requestId,
    ...(error.hint ? { hint: error.hint } : {}),
    ...(error.fieldProblems.length ? { errors: error.fieldProblems } : {}),
    ...(Object.keys(error.details).length ? { details: error.details } : {}),
  };
}

function titleOf(code: string): string {
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Turns anything thrown into problem+json; unexpected errors become a 500 with no stack, only a request id. */
export function problemMiddleware(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const requestId = requestIdOf(req);
    const appError = toAppError(error);
    if (appError.status >= 500) {
      log.error({ err: error, requestId, method: req.method, url: req.originalUrl }, 'request failed');
    }
    sendProblem(res, appError, requestId);
  };
}

/** What anything thrown means to the caller: AppErrors as they are, known failures named, the rest a 500. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const bodyParserType = (error as { type?: unknown } | null)?.type;
  if (bodyParserType === 'entity.too.large') {
    return new AppError('payload_too_large', 'The request body is larger than 1 MB', {
      hint: 'Send a smaller body; large content belongs in several requests.',
    });
  }
  if (bodyParserType === 'entity.parse.failed') {
    return new AppError('bad_request', 'The request body is not valid JSON', {
      hint: 'Send a JSON document with Content-Type: application/json.',
    });
  }
  if (bodyParserType === 'encoding.unsupported' || bodyParserType === 'charset.unsupported') {
    return new AppError('unsupported_media_type', 'The request body uses an unsupported encoding', {
      hint: 'Send UTF-8 JSON.',
    });
  }
  if (isDatabaseUnavailable(error)) {
    return new AppError('unavailable', 'The database is not answering right now', {
      hint: 'Try again shortly; GET /api/health shows when the database is back.',
    });
  }
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError('bad_request', 'The request could not be read', {
      hint: 'Check its headers and body.',
    });
  }
  return new AppError(
    'internal',
    'Something went wrong on the server; the request id identifies it in the logs',
    {
      hint: 'Try again; if it keeps failing, report the request id to the operator.',
    },
  );
}

export const notFoundMiddleware: RequestHandler = (req, _res, next) => {
  next(
    new AppError('not_found', `There is no route ${req.method} ${req.path}`, {
      hint: 'GET /api/openapi.json lists every route.',
    }),
  );
};

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);

/** A lost or refused database connection anywhere in the cause chain (SQLSTATE class 08 included). */
function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && /PGlite is closed|Connection terminated/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
