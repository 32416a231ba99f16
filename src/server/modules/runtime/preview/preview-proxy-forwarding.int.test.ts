import { request } from 'node:http';
import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewProxy } from './index.js';
import { send, startUpstream, type EchoedRequest, type TestUpstream } from './test-upstream.test-support.js';

const WEBNOVA_COOKIES = ['webnova_session', 'webnova_csrf'];
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startProxy(): Promise<PreviewProxy> {
  const proxy = new PreviewProxy({ bindHost: '127.0.0.1', port: 0, strippedCookies: WEBNOVA_COOKIES });
  await proxy.listen();
  cleanups.push(() => proxy.close());
  return proxy;
}

async function upstream(name: string): Promise<TestUpstream> {
  const started = await startUpstream(name);
  cleanups.push(started.close);
  return started;
}

/** Opens an upgrade through the proxy, sends `message` on the upgraded socket, returns what comes back. */
function upgradeAndEcho(
  url: string,
  message: string,
): Promise<{ upstream: string | undefined; echoed: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      agent: false,
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', Cookie: 'webnova_session=x' },
    });
    req.on('upgrade', (res, socket: Duplex) => {
      socket.once('data', (chunk: Buffer) => {
        resolve({ upstream: res.headers['x-upstream'] as string | undefined, echoed: chunk.toString() });
        socket.destroy();
      });
      socket.write(message);
    });
    req.on('response', (res) => reject(new Error(`No upgrade: status ${res.statusCode}`)));
    req.on('error', reject);
    req.end();
  });
}

describe('preview proxy forwarding', () => {
  it('forwards method, path, query, body and headers, and returns the upstream response as it is', async () => {
    const platform = await upstream('blue');
    const proxy = await startProxy();
    proxy.setTarget(platform.url);

    const response = await send(proxy.url, {
      method: 'POST',
      path: '/api/orders?draft=1',
      headers: { 'content-type': 'text/plain', 'x-custom': 'kept', 'x-forwarded-for': '6.6.6.6' },
      body: 'two pencils',
    });

    expect(response.status).toBe(201);
    expect(response.headers['x-upstream']).toBe('blue');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['set-cookie']).toBeUndefined();
    const seen = JSON.parse(response.body) as EchoedRequest;
    const proxyHost = new URL(proxy.url).host;
    expect(seen).toMatchObject({ method: 'POST', url: '/api/orders?draft=1', body: 'two pencils' });
    expect(seen.headers).toMatchObject({
      'content-type': 'text/plain',
      'x-custom': 'kept',
      host: proxyHost,
      'x-forwarded-host': proxyHost,
      'x-forwarded-proto': 'http',
      // The client's own X-Forwarded-For is dropped: the proxy is the first hop.
      'x-forwarded-for': '127.0.0.1',
    });
  });

  it("strips WebNova's cookie names from the Cookie header and keeps the platform's own", async () => {
    const platform = await upstream('blue');
    const proxy = await startProxy();
    proxy.setTarget(platform.url);

    const mixed = await send(proxy.url, {
      headers: { cookie: 'webnova_session=secret; cart=3; webnova_csrf=t; theme=dark' },
    });
    const onlyWebNova = await send(proxy.url, { headers: { cookie: 'webnova_session=secret' } });

    expect((JSON.parse(mixed.body) as EchoedRequest).headers.cookie).toBe('cart=3; theme=dark');
    expect((JSON.parse(onlyWebNova.body) as EchoedRequest).headers.cookie).toBeUndefined();
  });

  it('answers 502 with a clear message and no stack trace when the upstream refuses the connection', async () => {
    const platform = await upstream('gone');
    await platform.close();
    const proxy = await startProxy();
    proxy.setTarget(platform.url);

    const response = await send(proxy.url, { headers: { accept: 'application/json' } });

    expect(response.status).toBe(502);
    expect(response.headers['content-type']).toBe('application/problem+json');
    const problem = JSON.parse(response.body) as Record<string, unknown>;
    expect(problem).toMatchObject({
      status: 502,
      code: 'upstream_failed',
      detail: "The platform's process is not accepting connections",
      details: { cause: 'ECONNREFUSED' },
    });
    expect(response.body).not.toMatch(/\bat .+\.(js|ts):\d+/);
  });

  it('answers 503 with the reason when there is no target: problem+json for code, HTML for browsers', async () => {
    const proxy = await startProxy();
    proxy.setTarget(null, 'The platform is stopped <by its owner>');

    const forCode = await send(proxy.url, { headers: { accept: 'application/json' } });
    const forBrowser = await send(proxy.url, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });

    expect(forCode.status).toBe(503);
    expect(forCode.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(forCode.body)).toMatchObject({
      status: 503,
      code: 'unavailable',
      detail: 'The platform is stopped <by its owner>',
    });
    expect(forBrowser.status).toBe(503);
    expect(forBrowser.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(forBrowser.body).toContain('The platform is stopped &lt;by its owner&gt;');
  });

  it('refuses with 503 before any target was ever set', async () => {
    const proxy = await startProxy();

    const response = await send(proxy.url);

    expect(response.status).toBe(503);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'unavailable' });
  });

  it('passes a websocket upgrade through and relays bytes both ways', async () => {
    const platform = await upstream('blue');
    const proxy = await startProxy();
    proxy.setTarget(platform.url);

    const result = await upgradeAndEcho(proxy.url, 'ping over the socket');

    expect(result).toEqual({ upstream: 'blue', echoed: 'ping over the socket' });
  });

  it('answers an upgrade with 503 when there is no target', async () => {
    const proxy = await startProxy();
    proxy.setTarget(null, 'The platform is stopped');

    await expect(upgradeAndEcho(proxy.url, 'ping')).rejects.toThrow('No upgrade: status 503');
  });
});
