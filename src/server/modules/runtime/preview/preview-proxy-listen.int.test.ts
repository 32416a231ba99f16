import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewProxy } from './index.js';
import { send, startUpstream } from './test-upstream.test-support.js';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function proxyOn(port: number, publicHost?: string): PreviewProxy {
  const proxy = new PreviewProxy({ bindHost: '127.0.0.1', publicHost, port, strippedCookies: [] });
  cleanups.push(() => proxy.close());
  return proxy;
}

describe('preview proxy listening', () => {
  it('takes the recorded port again after a close, so the preview URL stays the same', async () => {
    const platform = await startUpstream('blue');
    cleanups.push(platform.close);
    const first = proxyOn(0);
    const initial = await first.listen();
    await first.close();

    const second = proxyOn(initial.port);
    second.setTarget(platform.url);
    const again = await second.listen();

    expect(again).toEqual({ port: initial.port, url: initial.url, portChanged: false });
    expect(again.url).toBe(`http://127.0.0.1:${initial.port}/`);
    expect((await send(again.url)).status).toBe(200);
  });

  it('falls back to a free port and says so when the recorded one is taken', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => squatter.close(() => resolve())));
    const takenPort = (squatter.address() as { port: number }).port;

    const result = await proxyOn(takenPort).listen();

    expect(result.portChanged).toBe(true);
    expect(result.port).not.toBe(takenPort);
    expect(result.url).toBe(`http://127.0.0.1:${result.port}/`);
  });

  it('writes the public host name in the URL', async () => {
    const proxy = proxyOn(0, 'preview.localhost');

    const { port, url } = await proxy.listen();

    expect(url).toBe(`http://preview.localhost:${port}/`);
    expect(proxy.url).toBe(url);
  });
});
