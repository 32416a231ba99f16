import type { z } from 'zod';
import { ChatTextDelta, ProblemDetails } from '../../../../contracts/index.js';
import { ApiError } from '../../../lib/api-error.js';
import { readEventStream } from '../../../lib/event-stream.js';

export interface StreamingPostOptions<S extends z.ZodType> {
  body: unknown;
  /** What the final `result` event (or a plain JSON answer) must match. */
  result: S;
  tenantId: string;
  csrfToken: string | null;
  /** Called with each piece of reply text as the provider writes it. */
  onText: (delta: string) => void;
  signal?: AbortSignal;
}

/**
 * POSTs a request that the server can answer as server-sent events: `text` deltas while the AI provider
 * writes, then `result`, or `error` with a problem. A server that answers with JSON instead (an early
 * refusal, a proxy that strips the stream) is handled the same way, so callers see one shape.
 */
export async function postStreaming<S extends z.ZodType>(
  path: string,
  options: StreamingPostOptions<S>,
): Promise<z.output<S>> {
  const headers: Record<string, string> = {
    Accept: 'text/event-stream',
    'Content-Type': 'application/json',
    'X-Tenant-Id': options.tenantId,
  };
  if (options.csrfToken) headers['X-CSRF-Token'] = options.csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch {
    throw new ApiError(0, { code: 'network', detail: 'The server could not be reached' });
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!response.ok || !contentType.includes('text/event-stream') || !response.body) {
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw problemError(response.status, payload);
    return parseResult(options.result, payload);
  }
  for await (const { event, data } of readEventStream(response.body)) {
    const payload: unknown = JSON.parse(data);
    if (event === 'text') {
      const text = ChatTextDelta.safeParse(payload);
      if (text.success) options.onText(text.data.delta);
    } else if (event === 'result') {
      return parseResult(options.result, payload);
    } else if (event === 'error') {
      throw problemError(500, payload);
    }
  }
  throw new ApiError(0, { code: 'network', detail: 'The answer stopped before it was complete' });
}

function problemError(status: number, payload: unknown): ApiError {
  const problem = ProblemDetails.safeParse(payload);
  if (problem.success) return new ApiError(problem.data.status, problem.data);
  return new ApiError(status, { code: status >= 500 ? 'internal' : 'bad_request', detail: `HTTP ${status}` });
}

function parseResult<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ApiError(200, { code: 'unexpected_response', detail: parsed.error.message });
  return parsed.data;
}
