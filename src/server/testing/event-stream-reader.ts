import { createParser } from 'eventsource-parser';

/** One server-sent event as a client sees it, its data parsed as JSON. */
export interface ServerSentEvent {
  event: string;
  // Tests read fields freely; the contracts are what is asserted.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
}

/**
 * Splits a whole `text/event-stream` body into its events, in order, with the library the web app and
 * the CLI read streams with (blank lines end events, `event:` names them, default `message`; `data:`
 * lines join with newlines; comments such as keep-alives are skipped); each event's data is JSON.
 */
export function parseEventStream(body: string): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  const parser = createParser({
    onEvent: (message) =>
      events.push({ event: message.event ?? 'message', data: JSON.parse(message.data) as unknown }),
  });
  // A final event without its blank line still counts, as the streaming readers treat it.
  parser.feed(body.endsWith('\n\n') ? body : `${body}\n\n`);
  return events;
}
