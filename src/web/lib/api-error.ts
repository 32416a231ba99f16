import type { ProblemDetails } from '../../contracts/index.js';

/** One refused field of a request, as the server names it (`body.blueprint.entities[0].name`). */
export type ProblemError = NonNullable<ProblemDetails['errors']>[number];

/** An API failure as the UI sees it: the problem+json fields, plus field errors keyed by form field name. */
export class ApiError extends Error {
  readonly status: number;
  /** The server's error code (`validation_failed`, `forbidden`, …) or `network` when no answer came. */
  readonly code: string;
  readonly detail: string;
  readonly hint: string | undefined;
  readonly requestId: string | undefined;
  /**
   * Every refused field in the server's order, paths as sent. Unlike `fieldErrors` it keeps several
   * messages for one path, which a document editor (the Blueprint's) needs.
   */
  readonly errors: readonly ProblemError[];
  /** `body.email` becomes `email`, so a form can put each message under its own input (the last one wins). */
  readonly fieldErrors: Record<string, string>;
  /** The problem's machine-readable extras, e.g. `problems` of a refused Blueprint; `{}` when none came. */
  readonly details: Record<string, unknown>;

  constructor(status: number, problem: Partial<ProblemDetails> & { code: string; detail: string }) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.hint = problem.hint;
    this.requestId = problem.requestId;
    this.errors = (problem.errors ?? []).map(({ path, message }) => ({ path, message }));
    this.fieldErrors = Object.fromEntries(
      this.errors.map((error) => [error.path.replace(/^(body|query|params)\./, ''), error.message]),
    );
    this.details = problem.details ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
