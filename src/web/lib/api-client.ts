import { ProblemDetails } from '../../contracts/index.js';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { getStoredTenantId } from './current-tenant.js';

/** The cookie session's CSRF token; writes must echo it. Set from every SessionInfo the server returns. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * The same token, for writes that cannot go through `api` (streamed answers read with `fetch`). Set and
 * cleared wherever the session is, so it always belongs to the session the query cache holds.
 */
export function getCsrfToken(): string | null {
  return csrfToken;
}

interface RequestOptions {
  body?: unknown;
  /** Tenant routes need it; defaults to the tenant the user last chose. */
  tenantId?: string | null;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

async function request(method: string, path: string, options: RequestOptions = {}): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (csrfToken && WRITE_METHODS.has(method)) headers['X-CSRF-Token'] = csrfToken;
  const tenantId = options.tenantId === undefined ? getStoredTenantId() : options.tenantId;
  if (tenantId) headers['X-Tenant-Id'] = tenantId;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, { code: 'network', detail: 'The server could not be reached' });
  }
  if (response.status === 204) return undefined;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload;
}

function toApiError(status: number, payload: unknown): ApiError {
  const problem = ProblemDetails.safeParse(payload);
  if (problem.success) return new ApiError(status, problem.data);
  return new ApiError(status, { code: status >= 500 ? 'internal' : 'bad_request', detail: `HTTP ${status}` });
}

/** Checks the answer against its contract, so a server/UI mismatch fails loudly here and not deep in a component. */
function parse<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const result = schema.safeParse(payload);
  if (!result.success) {
    throw new ApiError(200, { code: 'unexpected_response', detail: result.error.message });
  }
  return result.data;
}

/** Thin fetch wrapper: same-origin cookies, CSRF and tenant headers, problem+json errors, contract-checked answers. */
export const api = {
  get: async <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    parse(schema, await request('GET', path, options)),
  post: async <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    parse(schema, await request('POST', path, options)),
  patch: async <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    parse(schema, await request('PATCH', path, options)),
  /** Deletes answer 204 or a small acknowledgement the UI does not need. */
  delete: async (path: string, options?: RequestOptions): Promise<void> => {
    await request('DELETE', path, options);
  },
  /** For writes whose answer the UI ignores (logout). */
  send: async (method: 'POST' | 'PATCH', path: string, options?: RequestOptions): Promise<void> => {
    await request(method, path, options);
  },
};
