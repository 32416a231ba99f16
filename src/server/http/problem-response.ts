import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import type { ProblemDetails } from '../../contracts/index.js';
import { AppError, isAppError } from '../../kernel/index.js';
import { requestIdOf } from './request-client.js';

export function sendProblem(res: Response, error: AppError, requestId: string): void {
  const problem: ProblemDetails = {
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
  res.status(error.status).type('application/problem+json').json(problem);
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

function toAppError(error: unknown): AppError {
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
