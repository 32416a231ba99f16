import { createParser, type EventSourceParser } from 'eventsource-parser';

/** One server-sent event as it arrived: its name and its data, still text. */
export interface RawServerSentEvent {
  event: string;
  data: string;
}

// Ends a last line and its event, should the stream close without the blank line the format asks for.
const END_OF_STREAM = '\n\n';

/**
 * Reads a `text/event-stream` body piece by piece, as the network delivers it, with
 * `eventsource-parser` doing the EventSource rules: an event may be split across chunks, `event:` names
 * an event (default `message`), `data:` lines join with newlines, comment lines (`: keep-alive`) and
 * events without data are skipped.
 */
export class EventStreamParser {
  private completed: RawServerSentEvent[] = [];
  private readonly parser: EventSourceParser = createParser({
    onEvent: ({ event, data }) => this.completed.push({ event: event ?? 'message', data }),
  });

  /** Adds a chunk; returns the events it completed, in order. */
  push(chunk: string): RawServerSentEvent[] {
    this.parser.feed(chunk);
    return this.takeCompleted();
  }

  /** The stream ended: an event not followed by a blank line still counts. */
  end(): RawServerSentEvent[] {
    this.parser.feed(END_OF_STREAM);
    this.parser.reset();
    return this.takeCompleted();
  }

  private takeCompleted(): RawServerSentEvent[] {
    const events = this.completed;
    this.completed = [];
    return events;
  }
}
