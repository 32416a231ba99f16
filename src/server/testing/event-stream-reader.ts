/** One server-sent event as a client sees it, its data parsed as JSON. */
export interface ServerSentEvent {
  event: string;
  // Tests read fields freely; the contracts are what is asserted.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
}

/**
 * Splits a `text/event-stream` body into its events, in order, the way a browser's EventSource does:
 * blank lines end events, `event:` names them (default `message`), `data:` lines join with newlines,
 * and comment lines (`: keep-alive`) are skipped.
 */
export function parseEventStream(body: string): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  for (const block of body.replace(/\r\n?/g, '\n').split('\n\n')) {
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
    if (data.length) events.push({ event, data: JSON.parse(data.join('\n')) as unknown });
  }
  return events;
}
