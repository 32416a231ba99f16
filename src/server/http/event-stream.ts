import type { Request, Response } from 'express';
import type { EventSender, StreamEvents } from './route.js';

// Proxies close connections that stay silent; a comment line now and then keeps a long answer's stream open.
const HEARTBEAT_MS = 15_000;

/** True when the client prefers server-sent events to JSON. */
export function wantsEventStream(req: Request): boolean {
  return req.accepts(['application/json', 'text/event-stream']) === 'text/event-stream';
}

/**
 * A server-sent event stream on one response. It opens lazily, with the first event: until then the
 * route can still answer with an ordinary status (a 404 or a 422 as problem+json), after that only with
 * an `error` event.
 */
export class EventStream {
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly res: Response,
    private readonly status: number,
  ) {}

  get opened(): boolean {
    return this.res.headersSent;
  }

  /** Writes one event; `data` is sent as one line of JSON. Does nothing once the client has gone. */
  send(event: string, data: unknown): void {
    if (this.res.writableEnded || this.res.destroyed) return;
    if (!this.opened) this.open();
    this.res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  end(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (!this.res.writableEnded) this.res.end();
  }

  private open(): void {
    this.res.status(this.status);
    this.res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    this.res.setHeader('Cache-Control', 'no-cache, no-transform');
    // Tells nginx-style proxies not to buffer the stream.
    this.res.setHeader('X-Accel-Buffering', 'no');
    this.res.flushHeaders();
    this.heartbeat = setInterval(() => {
      if (!this.res.writableEnded && !this.res.destroyed) this.res.write(': keep-alive\n\n');
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
    this.res.once('close', () => this.end());
  }
}

/** The typed face handlers see: each event's data is checked against its contract before it is sent. */
export function senderFor(stream: EventStream, events: StreamEvents): EventSender {
  return {
    send: (event, data) => {
      const contract = events[event];
      if (!contract) throw new Error(`the route declares no stream event '${event}'`);
      stream.send(event, contract.parse(data));
    },
  };
}
