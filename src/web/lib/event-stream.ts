/** One server-sent event: its name (`message` when the server named none) and its raw data. */
export interface StreamedEvent {
  event: string;
  data: string;
}

/**
 * Reads a `text/event-stream` body event by event as it arrives. The browser's EventSource cannot POST
 * nor send our CSRF and tenant headers, so the chat, deployments and live updates read fetch responses
 * with this. Ends quietly when `signal` aborts the read.
 */
export async function* readEventStream(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<StreamedEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    while (!signal?.aborted) {
      const { value, done } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      let end = buffered.indexOf('\n\n');
      while (end !== -1) {
        const parsed = parseEventBlock(buffered.slice(0, end));
        buffered = buffered.slice(end + 2);
        if (parsed) yield parsed;
        end = buffered.indexOf('\n\n');
      }
    }
    const last = signal?.aborted ? null : parseEventBlock(buffered);
    if (last) yield last;
  } catch (error) {
    if (!signal?.aborted) throw error;
  } finally {
    reader.releaseLock();
  }
}

/** One block between blank lines; comment lines (the server's keep-alives) carry no event. */
function parseEventBlock(block: string): StreamedEvent | null {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { event, data: data.join('\n') } : null;
}

/** An event's data as JSON, or `undefined` when it is not JSON. */
export function jsonOf(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
}
