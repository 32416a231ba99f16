/**
 * Binds a server to the port recorded for a platform so its preview URL survives restarts of WebNova,
 * and to any free port when that one is no longer ours to take.
 * @module
 */
import type { Server } from 'node:net';

/** Errors that mean "this port cannot be had", as opposed to a broken host or a bug. */
const PORT_UNAVAILABLE = new Set(['EADDRINUSE', 'EACCES']);

export interface BoundPort {
  port: number;
  /** True when a recorded port was asked for and another one was taken instead. */
  portChanged: boolean;
}

export async function listenWithFallback(server: Server, host: string, port: number): Promise<BoundPort> {
  if (port !== 0) {
    try {
      return { port: await listenOn(server, host, port), portChanged: false };
    } catch (error) {
      if (!PORT_UNAVAILABLE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  return { port: await listenOn(server, host, 0), portChanged: port !== 0 };
}

function listenOn(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error(`The preview listener on ${host} has no TCP port`));
        return;
      }
      resolve(address.port);
    });
  });
}
