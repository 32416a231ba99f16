import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../../../testing/index.js';
import { PreviewProxy, type PreviewProxyOptions } from './index.js';
import { send, startUpstream, type ClientResponse, type TestUpstream } from './test-upstream.test-support.js';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startProxy(options: Partial<PreviewProxyOptions> = {}): Promise<PreviewProxy> {
  const proxy = new PreviewProxy({ bindHost: '127.0.0.1', port: 0, strippedCookies: [], ...options });
  await proxy.listen();
  cleanups.push(() => proxy.close());
  return proxy;
}

async function upstream(name: string): Promise<TestUpstream> {
  const started = await startUpstream(name);
  cleanups.push(started.close);
  return started;
}

function servedBy(response: ClientResponse): string | undefined {
  return response.headers['x-upstream'] as string | undefined;
}

describe('preview proxy target switching', () => {
  it('switches target in the middle of 300 sequential and concurrent requests without a single failure', async () => {
    const [blue, green] = [await upstream('blue'), await upstream('green')];
    const proxy = await startProxy();
    proxy.setTarget(blue.url);
    const responses: ClientResponse[] = [];

    for (let batch = 0; batch < 30; batch += 1) {
      const inBatch = Array.from({ length: 10 }, (_, index) =>
        send(proxy.url, { path: `/items/${batch}-${index}` }),
      );
      // Switch as soon as the first answer of this batch is back, while the rest of it is on its way.
      if (batch === 15) void inBatch[0]?.then(() => proxy.setTarget(green.url));
      responses.push(...(await Promise.all(inBatch)));
    }

    expect(responses).toHaveLength(300);
    expect(responses.filter((response) => response.status !== 200)).toEqual([]);
    const servers = responses.map(servedBy);
    expect(servers.filter((name) => name === 'blue').length).toBeGreaterThan(0);
    expect(servers.filter((name) => name === 'green').length).toBeGreaterThan(0);
    expect(servers.slice(-10)).toEqual(Array.from({ length: 10 }, () => 'green'));
  });

  it('holds requests during a pause and sends them all to the target set before resume', async () => {
    const [blue, green] = [await upstream('blue'), await upstream('green')];
    const proxy = await startProxy();
    proxy.setTarget(blue.url);

    proxy.pause();
    const held = Array.from({ length: 5 }, (_, index) => send(proxy.url, { path: `/held/${index}` }));
    await eventually('five held requests', () => proxy.waitingRequests === 5);
    proxy.setTarget(green.url);
    proxy.resume();
    const responses = await Promise.all(held);

    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(responses.map(servedBy)).toEqual(['green', 'green', 'green', 'green', 'green']);
    expect(blue.hits()).toBe(0);
  });

  it('answers 503 to a request that waited longer than the pause timeout', async () => {
    const blue = await upstream('blue');
    const proxy = await startProxy({ pauseTimeoutMs: 100 });
    proxy.setTarget(blue.url);

    proxy.pause();
    const response = await send(proxy.url, { headers: { accept: 'application/json' } });

    expect(response.status).toBe(503);
    expect(JSON.parse(response.body)).toMatchObject({ code: 'unavailable', status: 503 });
    expect(blue.hits()).toBe(0);
    proxy.resume();
    expect((await send(proxy.url)).status).toBe(200);
  });

  it('drains: waits for a slow request already forwarded to the old upstream, then resolves true', async () => {
    const [blue, green] = [await upstream('blue'), await upstream('green')];
    const proxy = await startProxy();
    proxy.setTarget(blue.url);

    const slow = send(proxy.url, { path: '/slow' });
    await eventually('a request in flight to blue', () => proxy.inFlight(blue.url) === 1);
    proxy.setTarget(green.url);
    let drained: boolean | undefined;
    const draining = proxy.drain(`${blue.url}/`, 30_000).then((result) => (drained = result));

    const afterSwitch = await send(proxy.url);
    expect(servedBy(afterSwitch)).toBe('green');
    expect(drained).toBeUndefined();
    expect(proxy.inFlight(blue.url)).toBe(1);

    blue.releaseSlow();
    const slowResponse = await slow;
    expect(await draining).toBe(true);
    expect(servedBy(slowResponse)).toBe('blue');
    expect(slowResponse.status).toBe(200);
    expect(proxy.inFlight(blue.url)).toBe(0);
  });

  it('drain resolves false when the old upstream is still busy at the timeout', async () => {
    const blue = await upstream('blue');
    const proxy = await startProxy();
    proxy.setTarget(blue.url);

    const slow = send(proxy.url, { path: '/slow' });
    await eventually('a request in flight to blue', () => proxy.inFlight(blue.url) === 1);

    expect(await proxy.drain(blue.url, 50)).toBe(false);
    blue.releaseSlow();
    expect((await slow).status).toBe(200);
    expect(await proxy.drain(blue.url, 50)).toBe(true);
  });
});
