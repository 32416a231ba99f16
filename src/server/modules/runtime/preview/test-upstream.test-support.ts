/**
 * Small node:http servers standing in for a generated platform's process, and a plain HTTP client, for
 * the preview proxy's integration tests.
 * @module
 */
import {
  createServer,
  request,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** What an upstream saw, echoed back as its JSON response body. */
export interface EchoedRequest {
  upstream: string;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface TestUpstream {
  name: string;
  url: string;
  /** Requests it has answered or is answering. */
  hits: () => number;
  /** Answers every request held on `/slow` so far. */
  releaseSlow: () => void;
  close: () => Promise<void>;
}

/**
 * An upstream that echoes each request as JSON (status 201 on POST, with an `x-upstream` header) and
 * holds `/slow` until `releaseSlow()`. Upgrades get a 101 and every byte sent back.
 */
export async function startUpstream(name: string): Promise<TestUpstream> {
  let hits = 0;
  let held: (() => void)[] = [];
  const upgraded = new Set<Duplex>();
  const server = createServer((req, res) => {
    hits += 1;
    void readBody(req).then((body) => {
      const answer = (): void => echo(name, req, res, body);
      if (req.url === '/slow') held.push(answer);
      else answer();
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `X-Upstream: ${name}\r\n\r\n`,
    );
    upgraded.add(socket);
    socket.once('close', () => upgraded.delete(socket));
    if (head.length > 0) socket.write(head);
    socket.on('data', (chunk: Buffer) => socket.write(chunk));
    socket.on('end', () => socket.end());
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    releaseSlow: () => {
      const answers = held;
      held = [];
      for (const answer of answers) answer();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        for (const socket of upgraded) socket.destroy();
      }),
  };
}

function echo(name: string, req: IncomingMessage, res: ServerResponse, body: string): void {
  const echoed: EchoedRequest = {
    upstream: name,
    method: req.method ?? '',
    url: req.url ?? '',
    headers: req.headers,
    body,
  };
  res.writeHead(req.method === 'POST' ? 201 : 200, {
    'content-type': 'application/json',
    'x-upstream': name,
  });
  res.end(JSON.stringify(echoed));
}

export interface ClientResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ClientRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One request on a fresh connection (no pooling, so a closed listener never leaves a stale socket). */
export function send(baseUrl: string, options: ClientRequest = {}): Promise<ClientResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(options.path ?? '/', baseUrl),
      { method: options.method ?? 'GET', headers: options.headers, agent: false },
      (res) => {
        void readBody(res).then(
          (body) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
          reject,
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export function readBody(stream: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}
