/**
 * One live generated platform's preview URL: an HTTP listener on its own host and port (so its own
 * origin and site, never sent WebNova's cookies) that forwards to whichever process currently runs
 * the platform. The URL stays put while the process behind it changes.
 * @module
 */
import { Agent, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { createProxyServer, type ProxyServer } from 'http-proxy-3';
import { AppError } from '../../../../kernel/index.js';
import { withoutCookies } from './cookie-filter.js';
import { InFlightTracker } from './in-flight-tracker.js';
import { listenWithFallback } from './listen-with-fallback.js';
import { PauseGate } from './pause-gate.js';
import {
  pausedTooLong,
  platformUnavailable,
  sendRefusal,
  upstreamFailed,
  writeRefusalToSocket,
} from './refusal-response.js';

export interface PreviewProxyOptions {
  /** Interface to listen on, e.g. '127.0.0.1' (a different host from WebNova's `localhost`). */
  bindHost: string;
  /** Host name written in the URL; defaults to `bindHost`. */
  publicHost?: string;
  /** The port recorded for this platform, to keep its URL stable; 0 for any free port. */
  port: number;
  /** WebNova's own cookie names, removed from every forwarded Cookie header. */
  strippedCookies: readonly string[];
  /** How long a request waits during `pause()` before it gets a 503. Default 30 s. */
  pauseTimeoutMs?: number;
}

type Target = { upstream: string } | { upstream: null; reason: string };

const DEFAULT_PAUSE_TIMEOUT_MS = 30_000;
const NOT_STARTED_REASON = 'The platform has not been started yet';
/** Set by the client; the proxy is the first hop, so only the values it writes itself are true. */
const CLIENT_FORWARDING_HEADERS = [
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
];

export class PreviewProxy {
  readonly #options: PreviewProxyOptions;
  readonly #strippedCookies: ReadonlySet<string>;
  readonly #gate: PauseGate;
  readonly #inFlight = new InFlightTracker();
  /** Upgraded (websocket) sockets leave the HTTP server's bookkeeping, so close() tracks them here. */
  readonly #upgradedSockets = new Set<Duplex>();
  /** Client sockets whose handshake the upstream already answered: an error then must not write HTTP. */
  readonly #handshakeAnswered = new WeakSet<Duplex>();
  /** Own pool, so close() can drop its idle keep-alive connections to old processes. */
  readonly #agent = new Agent({ keepAlive: true });
  readonly #proxy: ProxyServer;
  readonly #server: Server;
  #target: Target = { upstream: null, reason: NOT_STARTED_REASON };
  #port: number | null = null;

  constructor(options: PreviewProxyOptions) {
    this.#options = options;
    this.#strippedCookies = new Set(options.strippedCookies);
    this.#gate = new PauseGate(options.pauseTimeoutMs ?? DEFAULT_PAUSE_TIMEOUT_MS);
    this.#proxy = createProxyServer({ xfwd: true, autoRewrite: true, agent: this.#agent });
    // Every forward passes its own error callback; this listener only keeps stray socket errors
    // (which http-proxy-3 re-emits here) from being thrown as unhandled.
    this.#proxy.on('error', () => undefined);
    this.#proxy.on('proxyReqWs', (proxyReq, _req, socket) => {
      const answered = (): void => void this.#handshakeAnswered.add(socket);
      proxyReq.once('upgrade', answered);
      proxyReq.once('response', answered);
    });
    this.#server = createServer((req, res) => this.#onRequest(req, res));
    this.#server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) =>
      this.#onUpgrade(req, socket, head),
    );
  }

  /** Starts listening; `portChanged` says the recorded port was taken and the URL is a new one. */
  async listen(): Promise<{ port: number; url: string; portChanged: boolean }> {
    const bound = await listenWithFallback(this.#server, this.#options.bindHost, this.#options.port);
    this.#port = bound.port;
    return { ...bound, url: this.url };
  }

  get url(): string {
    if (this.#port === null) throw new Error('PreviewProxy.url is known only after listen()');
    const host = this.#options.publicHost ?? this.#options.bindHost;
    return `http://${host.includes(':') ? `[${host}]` : host}:${this.#port}/`;
  }

  /**
   * Sends new requests to `upstream` (e.g. 'http://127.0.0.1:4123'), or refuses them with a 503 that
   * carries `unavailableReason` when null. Requests already forwarded finish where they are.
   */
  setTarget(upstream: string | null, unavailableReason?: string): void {
    this.#target =
      upstream === null
        ? { upstream: null, reason: unavailableReason ?? 'The platform is not running' }
        : { upstream: originOf(upstream) };
  }

  /** New requests wait (they are not refused) until resume(), or get a 503 after the pause timeout. */
  pause(): void {
    this.#gate.close();
  }

  /** Waiting requests go on to whatever target is set by now. */
  resume(): void {
    this.#gate.open();
  }

  /** Requests (and upgrades) held by `pause()` right now, e.g. to show in a status panel. */
  get waitingRequests(): number {
    return this.#gate.waitingCount;
  }

  /** HTTP requests forwarded to `upstream` and not yet answered. */
  inFlight(upstream: string): number {
    return this.#inFlight.count(originOf(upstream));
  }

  /**
   * Resolves true once no HTTP request to `upstream` is in flight, false after `timeoutMs`. Open
   * websockets are not waited for: they are long-lived by nature (live reload, subscriptions) and
   * close when the old process stops, after which clients reconnect through this proxy to the new one.
   */
  drain(upstream: string, timeoutMs: number): Promise<boolean> {
    return this.#inFlight.waitUntilIdle(originOf(upstream), timeoutMs);
  }

  /** Stops listening and ends every open connection, websockets and waiting requests included. */
  async close(): Promise<void> {
    this.#gate.dropAll();
    for (const socket of this.#upgradedSockets) socket.destroy();
    this.#upgradedSockets.clear();
    const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
    this.#server.closeAllConnections();
    await closed;
    this.#agent.destroy();
    this.#port = null;
  }

  #onRequest(req: IncomingMessage, res: ServerResponse): void {
    this.#prepareHeaders(req);
    const withdraw = this.#gate.pass(
      () => this.#forward(req, res),
      () => sendRefusal(req, res, pausedTooLong(this.#gate.timeoutMs)),
    );
    res.once('close', withdraw);
  }

  #forward(req: IncomingMessage, res: ServerResponse): void {
    if (res.destroyed) return;
    const target = this.#target;
    if (target.upstream === null) {
      sendRefusal(req, res, platformUnavailable(target.reason));
      return;
    }
    res.once('close', this.#inFlight.begin(target.upstream));
    this.#proxy.web(req, res, { target: target.upstream }, (error) => {
      sendRefusal(req, res, upstreamFailed(error));
    });
  }

  #onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    // A client that vanishes mid-handshake must not crash the process.
    socket.on('error', () => socket.destroy());
    this.#upgradedSockets.add(socket);
    socket.once('close', () => this.#upgradedSockets.delete(socket));
    this.#prepareHeaders(req);
    const withdraw = this.#gate.pass(
      () => this.#forwardUpgrade(req, socket, head),
      () => writeRefusalToSocket(socket, pausedTooLong(this.#gate.timeoutMs)),
    );
    socket.once('close', withdraw);
  }

  #forwardUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (socket.destroyed) return;
    const target = this.#target;
    if (target.upstream === null) {
      writeRefusalToSocket(socket, platformUnavailable(target.reason));
      return;
    }
    this.#proxy.ws(req, socket, head, { target: target.upstream }, (error) => {
      if (this.#handshakeAnswered.has(socket)) socket.destroy();
      else writeRefusalToSocket(socket, upstreamFailed(error));
    });
  }

  #prepareHeaders(req: IncomingMessage): void {
    const cookie = withoutCookies(req.headers.cookie, this.#strippedCookies);
    if (cookie === undefined) delete req.headers.cookie;
    else req.headers.cookie = cookie;
    for (const name of CLIENT_FORWARDING_HEADERS) delete req.headers[name];
  }
}

/** The upstream as an origin, so 'http://127.0.0.1:4000' and 'http://127.0.0.1:4000/' are one key. */
function originOf(upstream: string): string {
  let url: URL;
  try {
    url = new URL(upstream);
  } catch {
    throw invalidUpstream(upstream);
  }
  if (url.protocol !== 'http:') throw invalidUpstream(upstream);
  return url.origin;
}

function invalidUpstream(upstream: string): AppError {
  return new AppError('bad_request', `The preview upstream "${upstream}" is not an http:// URL`, {
    hint: "Pass the platform process's address, e.g. http://127.0.0.1:4123.",
  });
}
