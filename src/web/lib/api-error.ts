import type { ProblemDetails } from '../../contracts/index.js';

/** An API failure as the UI sees it: the problem+json fields, plus field errors keyed by form field name. */
export class ApiError extends Error {
  readonly status: number;
  /** The server's error code (`validation_failed`, `forbidden`, …) or `network` when no answer came. */
  readonly code: string;
  readonly detail: string;
  readonly hint: string | undefined;
  readonly requestId: string | undefined;
  /** `body.email` becomes `email`, so a form can put each message under its own input. */
  readonly fieldErrors: Record<string, string>;

  constructor(status: number, problem: Partial<ProblemDetails> & { code: string; detail: string }) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.hint = problem.hint;
    this.requestId = problem.requestId;
    this.fieldErrors = Object.fromEntries(
      (problem.errors ?? []).map((error) => [
        error.path.replace(/^(body|query|params)\./, ''),
        error.message,
      ]),
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
