import { ProblemDetails } from '../../../../contracts/index.js';
import { ApiError } from '../../../lib/api-error.js';
import { jsonOf, readEventStream } from '../../../lib/event-stream.js';

export interface StreamEvent {
  event: string;
  data: unknown;
}

interface StreamOptions {
  method: 'GET' | 'POST';
  tenantId: string;
  /** Writes must echo the session's CSRF token (`getCsrfToken()` from the api client). */
  csrfToken?: string | null;
  body?: unknown;
  signal?: AbortSignal;
  onEvent: (event: StreamEvent) => void;
}

/**
 * Calls a streaming route and hands each server-sent event to `onEvent` as it arrives. Resolves when the
 * stream ends. A route that refuses before streaming answers plain problem+json; that, and an `error`
 * event, become an ApiError like any other call's.
 */
export async function streamEvents(path: string, options: StreamOptions): Promise<void> {
  const headers: Record<string, string> = { Accept: 'text/event-stream', 'X-Tenant-Id': options.tenantId };
  if (options.method === 'POST' && options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) return;
    throw new ApiError(0, { code: 'network', detail: String(error) });
  }
  const isStream = response.headers.get('content-type')?.includes('text/event-stream') ?? false;
  if (!isStream || !response.body) {
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw problemError(response.status, payload);
    options.onEvent({ event: 'result', data: payload });
    return;
  }
  for await (const event of readEvents(response.body, options.signal)) {
    if (event.event === 'error') throw problemError(response.status, event.data);
    options.onEvent(event);
  }
}

function problemError(status: number, payload: unknown): ApiError {
  const problem = ProblemDetails.safeParse(payload);
  if (problem.success) return new ApiError(status >= 400 ? status : problem.data.status, problem.data);
  return new ApiError(status, { code: status >= 500 ? 'internal' : 'bad_request', detail: `HTTP ${status}` });
}

/** The stream's events, with JSON data parsed (data that is not JSON is kept as text). */
export async function* readEvents(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<StreamEvent> {
  for await (const { event, data } of readEventStream(body, signal)) {
    yield { event, data: jsonOf(data) ?? data };
  }
}
