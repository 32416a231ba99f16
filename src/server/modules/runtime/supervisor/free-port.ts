import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now: the system picks one, we release it at once. Another process
 * could take it before the caller binds it; the window is short, and a start on a taken port fails
 * like any other start.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('no port was assigned')) : resolve(port)));
    });
  });
}
