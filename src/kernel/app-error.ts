/**
 * The one error type WebNova raises on purpose. Each code maps to exactly one HTTP status
 * (see `httpStatusOf`), so a use case never has to think about HTTP.
 * @module
 */

export const APP_ERROR_CODES = {
  validation_failed: 400,
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  concurrency_conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** Well-formed but meaningless to us, e.g. a description in a language the analyzer does not read. */
  unprocessable: 422,
  quota_exceeded: 429,
  rate_limited: 429,
  internal: 500,
  /** A provider WebNova depends on (such as an AI API) failed or answered badly. */
  upstream_failed: 502,
  unavailable: 503,
  upstream_timeout: 504,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;

/** One problem with one input field, as shown to the caller. */
export interface FieldProblem {
  /** Where the problem is, e.g. `body.email` or `params.tenantId`. */
  path: string;
  message: string;
}

export interface AppErrorOptions {
  /** What the caller can do about it. */
  hint?: string;
  fieldProblems?: FieldProblem[];
  /** Extra machine-readable facts (e.g. `{ quota: 'seats', limit: 3 }`). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly hint: string | undefined;
  readonly fieldProblems: FieldProblem[];
  readonly details: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = options.hint;
    this.fieldProblems = options.fieldProblems ?? [];
    this.details = options.details ?? {};
  }

  get status(): number {
    return APP_ERROR_CODES[this.code];
  }
}

export function httpStatusOf(code: AppErrorCode): number {
  return APP_ERROR_CODES[code];
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export const notFound = (what: string, hint?: string): AppError =>
  new AppError('not_found', `${what} was not found`, { hint });

export const forbidden = (message: string, hint?: string): AppError =>
  new AppError('forbidden', message, { hint });
