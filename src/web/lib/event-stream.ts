import { createParser } from 'eventsource-parser';

/** One server-sent event: its name (`message` when the server named none) and its raw data. */
export interface StreamedEvent {
  event: string;
  data: string;
}

// Ends a last line and its event, should the stream close without the blank line the format asks for.
const END_OF_STREAM = '\n\n';

/**
 * Reads a `text/event-stream` body event by event as it arrives. The browser's EventSource cannot POST
 * nor send our CSRF and tenant headers, so the chat, deployments and live updates read fetch responses
 * with this; `eventsource-parser` does the parsing (line endings, comments, multi-line data). Ends
 * quietly when `signal` aborts the read.
 */
export async function* readEventStream(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<StreamedEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parsed: StreamedEvent[] = [];
  const parser = createParser({
    onEvent: ({ event, data }) => parsed.push({ event: event ?? 'message', data }),
  });
  try {
    let done = false;
    while (!done && !signal?.aborted) {
      const chunk = await reader.read();
      done = chunk.done;
      parser.feed(
        chunk.done ? decoder.decode() + END_OF_STREAM : decoder.decode(chunk.value, { stream: true }),
      );
      for (let next = parsed.shift(); next && !signal?.aborted; next = parsed.shift()) yield next;
    }
  } catch (error) {
    if (!signal?.aborted) throw error;
  } finally {
    reader.releaseLock();
  }
}

/** An event's data as JSON, or `undefined` when it is not JSON. */
export function jsonOf(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}
