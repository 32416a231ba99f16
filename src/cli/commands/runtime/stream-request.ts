import type { z } from 'zod';
import { ProblemDetails } from '../../../contracts/index.js';
import { cannotReach } from '../../api-client.js';
import { ApiError } from '../../api-error.js';
import { CliError } from '../../cli-error.js';
import type { Settings } from '../../settings.js';
import { EventStreamParser, type RawServerSentEvent } from './event-stream-parser.js';

export interface StreamRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** Aborting ends the request quietly: the way a follower stops on Ctrl-C. */
  signal?: AbortSignal;
}

type Connection = Pick<Settings, 'server' | 'token' | 'tenant'>;

/**
 * Calls a streaming route with `Accept: text/event-stream` and hands each event to `onEvent` as it
 * arrives. A refusal before the stream opens is a problem+json answer, thrown as an {@link ApiError}
 * like the JSON client does; a problem after that arrives as an `error` event, for the caller to read.
 */
export async function streamRequest(
  settings: Connection,
  request: StreamRequest,
  onEvent: (event: RawServerSentEvent) => void,
): Promise<void> {
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (settings.token) headers.authorization = `Bearer ${settings.token}`;
  if (settings.tenant) headers['x-tenant-id'] = settings.tenant;
  let response: Response;
  try {
    response = await fetch(`${settings.server.replace(/\/+$/, '')}${request.path}`, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error) {
    if (request.signal?.aborted) return;
    throw Object.assign(cannotReach(settings.server), { cause: error });
  }
  if (!response.ok) throw await refusal(request, response);
  if (!response.body) return;
  const parser = new EventStreamParser();
  const decoder = new TextDecoder();
  const reader = response.body.getReader();
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch {
        if (request.signal?.aborted) return;
        throw new CliError(`The connection to ${settings.server} broke while reading ${request.path}`, {
          hint: 'Check that the server is still running, then run the command again.',
        });
      }
      if (chunk.done) break;
      for (const event of parser.push(decoder.decode(chunk.value, { stream: true }))) onEvent(event);
    }
  } finally {
    // Also when onEvent threw: the server must see the client go, or a follower's stream stays open.
    reader.cancel().catch(() => undefined);
  }
  for (const event of parser.end()) onEvent(event);
}

/**
 * For routes that stream progress, then one `result` (checked against `schema`) or one `error`
 * (problem+json, thrown as an {@link ApiError}). `onProgress` gets every other event.
 */
export async function streamForResult<S extends z.ZodType>(
  settings: Connection,
  request: StreamRequest,
  schema: S,
  onProgress: (event: string, data: unknown) => void,
): Promise<z.output<S>> {
  let result: z.output<S> | undefined;
  let problem: ProblemDetails | undefined;
  await streamRequest(settings, request, ({ event, data }) => {
    const value = parseJson(data);
    if (event === 'result') result = checked(schema, value, request);
    else if (event === 'error') problem = checked(ProblemDetails, value, request);
    else onProgress(event, value);
  });
  if (problem) throw new ApiError(problem);
  if (result === undefined) {
    throw new CliError(`The server ended ${request.method} ${request.path} without an answer`, {
      hint: 'It may have stopped meanwhile; check its log, then run the command again.',
    });
  }
  return result;
}

function checked<S extends z.ZodType>(schema: S, value: unknown, request: StreamRequest): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new CliError(
      `The server's answer to ${request.method} ${request.path} is not what this CLI expects`,
      {
        hint: 'The server and the CLI may be different WebNova versions; update the one that is older.',
      },
    );
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

async function refusal(request: StreamRequest, response: Response): Promise<CliError> {
  const problem = ProblemDetails.safeParse(parseJson(await response.text()));
  if (problem.success) return new ApiError(problem.data);
  return new CliError(
    `The server answered ${response.status} ${response.statusText} to ${request.method} ${request.path}, without a WebNova problem report`,
    {
      hint: 'Check that --server/WEBNOVA_SERVER points at a WebNova server, not another service or a proxy page.',
    },
  );
}
