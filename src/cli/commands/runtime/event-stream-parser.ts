/** One server-sent event as it arrived: its name and its data, still text. */
export interface RawServerSentEvent {
  event: string;
  data: string;
}

/**
 * Reads a `text/event-stream` body piece by piece, as the network delivers it: an event may be split
 * across chunks, so text after the last blank line waits for the next chunk. Follows the EventSource
 * rules: `event:` names an event (default `message`), `data:` lines join with newlines, comment lines
 * (`: keep-alive`) are skipped.
 */
export class EventStreamParser {
  private pending = '';

  /** Adds a chunk; returns the events it completed, in order. */
  push(chunk: string): RawServerSentEvent[] {
    this.pending += chunk.replace(/\r\n?/g, '\n');
    const blocks = this.pending.split('\n\n');
    this.pending = blocks.pop() ?? '';
    return blocks.flatMap((block) => {
      const event = parseBlock(block);
      return event ? [event] : [];
    });
  }

  /** The stream ended: an event not followed by a blank line still counts. */
  end(): RawServerSentEvent[] {
    const rest = this.pending;
    this.pending = '';
    const event = parseBlock(rest);
    return event ? [event] : [];
  }
}

function parseBlock(block: string): RawServerSentEvent | null {
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
