import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages';
import {
  errorBody,
  estimateTokens,
  frameEvent,
  renderMessage,
  renderStreamEvents,
  type ScriptedError,
  type ScriptedMessage,
  type ScriptedReply,
} from './scripted-reply.js';
import { conversationProblem } from './conversation-rules.js';

/** One request the fake received, as sent over the wire. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The parsed JSON body; only requests that reached the script have a well-formed one. */
  body: MessageCreateParamsBase;
}

export interface FakeMessagesApi {
  /** Point the SDK's `baseURL` here. */
  readonly baseURL: string;
  /** Every request received, in order, including those answered with an error. */
  readonly requests: readonly RecordedRequest[];
  /** Queues replies; each request takes the next one. */
  script(...replies: ScriptedReply[]): void;
  /** Replies still queued. */
  pending(): number;
  close(): Promise<void>;
}

export interface FakeMessagesApiOptions {
  /** When set, any other key is refused with a 401, as the real API does. */
  acceptedApiKey?: string;
}

/**
 * A stand-in for `POST /v1/messages` on 127.0.0.1, close enough to the real API for the real SDK:
 * the same headers (`request-id`, content types), error bodies and SSE framing, and the same refusals
 * of a missing key or a `tool_result` that answers no `tool_use`.
 */
export async function startFakeMessagesApi(options: FakeMessagesApiOptions = {}): Promise<FakeMessagesApi> {
  const queue: ScriptedReply[] = [];
  const requests: RecordedRequest[] = [];
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}_fake${String(++sequence).padStart(6, '0')}`;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        sendError(res, nextId('req'), 500, { message: `fake Messages API crashed: ${String(error)}` });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = nextId('req');
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    if (req.method !== 'POST' || path !== '/v1/messages') {
      return sendError(res, requestId, 404, { message: `Not found: ${req.method} ${path}` });
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return sendError(res, requestId, 400, { message: 'The request body is not valid JSON' });
    }
    requests.push({ method: req.method, path, headers: req.headers, body: body as MessageCreateParamsBase });

    const apiKey = credentialOf(req);
    if (apiKey === null) {
      return sendError(res, requestId, 401, { message: 'x-api-key or Authorization header is required' });
    }
    if (options.acceptedApiKey !== undefined && apiKey !== options.acceptedApiKey) {
      return sendError(res, requestId, 401, { message: 'invalid x-api-key' });
    }
    if (typeof req.headers['anthropic-version'] !== 'string') {
      return sendError(res, requestId, 400, { message: 'anthropic-version header is required' });
    }
    const problem = conversationProblem(body);
    if (problem) return sendError(res, requestId, 400, { message: problem });

    const reply = queue.shift();
    if (!reply) {
      // Told not to retry, so a test that scripted too few replies fails at once with this message.
      return sendError(res, requestId, 500, {
        message: 'fake Messages API: no scripted reply left for this request',
        headers: { 'x-should-retry': 'false' },
      });
    }
    if (reply.delayMs && !(await waitUnlessClosed(res, reply.delayMs))) return;
    if (reply.kind === 'error') return sendError(res, requestId, reply.status, reply);
    const request = body as MessageCreateParamsBase;
    const message = renderMessage(
      reply,
      { message: nextId('msg'), toolUse: () => nextId('toolu') },
      request.model,
      estimateTokens(raw),
    );
    if (request.stream === true) return sendStream(res, requestId, message, reply);
    res.writeHead(200, { 'content-type': 'application/json', 'request-id': requestId });
    res.end(JSON.stringify(message));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    script: (...replies) => void queue.push(...replies),
    pending: () => queue.length,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function sendStream(
  res: ServerResponse,
  requestId: string,
  message: ReturnType<typeof renderMessage>,
  scripted: ScriptedMessage,
): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'request-id': requestId,
  });
  const events = renderStreamEvents(message, scripted);
  const { failAfterEvents: failure, stallAfterEvents: stall } = scripted;
  const sent = events.slice(0, failure?.count ?? stall ?? events.length);
  for (const event of sent) res.write(frameEvent(event));
  if (failure) {
    const { type, error } = errorBody(529, requestId, failure.errorType);
    return void res.end(frameEvent({ event: 'error', data: { type, error } }));
  }
  // A stalled stream stays open until the client gives up; the server's close() ends it otherwise.
  if (sent.length === events.length) res.end();
}

function sendError(
  res: ServerResponse,
  requestId: string,
  status: number,
  error: Pick<ScriptedError, 'errorType' | 'message' | 'headers'>,
): void {
  res.writeHead(status, {
    ...error.headers,
    'content-type': 'application/json',
    'request-id': requestId,
  });
  res.end(JSON.stringify(errorBody(status, requestId, error.errorType, error.message)));
}

/** The key sent as `x-api-key` or, as SDK 1.x sends it, as `Authorization: Bearer <key>`. */
function credentialOf(req: IncomingMessage): string | null {
  const apiKey = req.headers['x-api-key'];
  if (typeof apiKey === 'string' && apiKey.length > 0) return apiKey;
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  return bearer?.[1] ?? null;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Resolves true after `ms`, or false as soon as the client closes the connection. */
function waitUnlessClosed(res: ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off('close', onClose);
      resolve(true);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once('close', onClose);
  });
}
