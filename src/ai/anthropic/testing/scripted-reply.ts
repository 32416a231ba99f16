/**
 * What the fake Messages API answers, one scripted reply per request, and how a reply becomes the
 * JSON message or the server-sent events the real API would send.
 */

export type ScriptedBlock =
  /** Text; an array is sent as one `text_delta` per element, so tests can follow the order. */
  { type: 'text'; text: string | readonly string[] } | { type: 'tool_use'; name: string; input: unknown };

export interface ScriptedMessage {
  kind: 'message';
  content: readonly ScriptedBlock[];
  /** Defaults to `tool_use` when the content calls a tool, `end_turn` otherwise. */
  stopReason?: 'end_turn' | 'tool_use' | 'max_tokens' | 'refusal';
  /** Wait this long before answering (before any header is sent). */
  delayMs?: number;
  /** Stream only this many events, then hold the connection open until the client goes away. */
  stallAfterEvents?: number;
  /** Stream this many events, then an `error` event of this type (as the API does when overloaded). */
  failAfterEvents?: { count: number; errorType: string };
}

export interface ScriptedError {
  kind: 'error';
  status: number;
  /** The error's `type` in the body, e.g. `rate_limit_error`; derived from the status when absent. */
  errorType?: string;
  message?: string;
  headers?: Readonly<Record<string, string>>;
  delayMs?: number;
}

export type ScriptedReply = ScriptedMessage | ScriptedError;

export const textReply = (text: string | readonly string[]): ScriptedMessage => ({
  kind: 'message',
  content: [{ type: 'text', text }],
});

export const toolUseReply = (
  name: string,
  input: unknown,
  options: { textBefore?: string | readonly string[] } = {},
): ScriptedMessage => ({
  kind: 'message',
  content: [
    ...(options.textBefore === undefined ? [] : [{ type: 'text' as const, text: options.textBefore }]),
    { type: 'tool_use', name, input },
  ],
});

export const errorReply = (
  status: number,
  options: Omit<ScriptedError, 'kind' | 'status'> = {},
): ScriptedError => ({ kind: 'error', status, ...options });

/** The error types the real API names for each status. */
const ERROR_TYPE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

export function errorBody(status: number, requestId: string, errorType?: string, message?: string) {
  const type = errorType ?? ERROR_TYPE_BY_STATUS[status] ?? 'api_error';
  return { type: 'error', error: { type, message: message ?? `fake ${type}` }, request_id: requestId };
}

type ContentBlock =
  | { type: 'text'; text: string; citations: null }
  | { type: 'tool_use'; id: string; name: string; input: unknown };

export interface RenderedMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: ContentBlock[];
  stop_reason: string;
  stop_sequence: null;
  usage: { input_tokens: number; output_tokens: number };
}

/** The whole message, as a non-streaming request receives it. */
export function renderMessage(
  reply: ScriptedMessage,
  ids: { message: string; toolUse: () => string },
  model: string,
  inputTokens: number,
): RenderedMessage {
  const content = reply.content.map((block): ContentBlock =>
    block.type === 'text'
      ? { type: 'text', text: textOf(block.text), citations: null }
      : { type: 'tool_use', id: ids.toolUse(), name: block.name, input: block.input },
  );
  const callsTool = content.some((block) => block.type === 'tool_use');
  return {
    id: ids.message,
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: reply.stopReason ?? (callsTool ? 'tool_use' : 'end_turn'),
    stop_sequence: null,
    usage: { input_tokens: inputTokens, output_tokens: estimateTokens(JSON.stringify(content)) },
  };
}

export interface StreamEvent {
  event: string;
  data: Record<string, unknown>;
}

/**
 * The same message as the events a streaming request receives, in the real API's order: a start,
 * a ping, each block as start / deltas / stop, the stop reason with the usage, then the stop.
 */
export function renderStreamEvents(message: RenderedMessage, scripted: ScriptedMessage): StreamEvent[] {
  const events: StreamEvent[] = [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          ...message,
          content: [],
          stop_reason: null,
          usage: { ...message.usage, output_tokens: 1 },
        },
      },
    },
    { event: 'ping', data: { type: 'ping' } },
  ];
  message.content.forEach((block, index) => {
    const source = scripted.content[index];
    if (block.type === 'text') {
      events.push(blockEvent('content_block_start', index, { content_block: { type: 'text', text: '' } }));
      const pieces = source?.type === 'text' && typeof source.text !== 'string' ? source.text : [block.text];
      for (const text of pieces) {
        events.push(blockEvent('content_block_delta', index, { delta: { type: 'text_delta', text } }));
      }
    } else {
      events.push(
        blockEvent('content_block_start', index, {
          content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
        }),
      );
      for (const partial_json of slices(JSON.stringify(block.input), 40)) {
        events.push(
          blockEvent('content_block_delta', index, { delta: { type: 'input_json_delta', partial_json } }),
        );
      }
    }
    events.push(blockEvent('content_block_stop', index, {}));
  });
  events.push(
    {
      event: 'message_delta',
      data: {
        type: 'message_delta',
        delta: { stop_reason: message.stop_reason, stop_sequence: null },
        usage: { output_tokens: message.usage.output_tokens },
      },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  );
  return events;
}

/** One server-sent event, framed as the API frames it. */
export function frameEvent({ event, data }: StreamEvent): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function blockEvent(type: string, index: number, rest: Record<string, unknown>): StreamEvent {
  return { event: type, data: { type, index, ...rest } };
}

function textOf(text: string | readonly string[]): string {
  return typeof text === 'string' ? text : text.join('');
}

function slices(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces.length > 0 ? pieces : [''];
}
