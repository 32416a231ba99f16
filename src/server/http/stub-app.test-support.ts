import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { systemClock } from '../../kernel/index.js';
import type { AppDb } from '../db/index.js';
import { createHttpApp, type HttpAppOptions } from './create-app.js';

/** Who the stub pipeline knows: one user, signed in with the Bearer token `good`, a viewer of one tenant. */
export interface StubIdentity {
  userId: string;
  email: string;
  tenant: { id: string; slug: string; name: string };
}

/**
 * The route kit on a real database with stub ports, for tests of the pipeline itself: only the token
 * `good` signs in, only the given tenant resolves, and audit entries go to `record`.
 */
export async function startStubApp(
  db: AppDb,
  identity: StubIdentity,
  routes: HttpAppOptions['routes'],
  record: HttpAppOptions['audit']['record'] = () => Promise.resolve(),
): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const app = createHttpApp({
    db,
    clock: systemClock,
    log: pino({ level: 'silent' }),
    version: 'test',
    webDir: '/nonexistent',
    secureCookies: false,
    authenticator: {
      authenticate: ({ bearerToken }) =>
        Promise.resolve(
          bearerToken === 'good'
            ? {
                actor: {
                  userId: identity.userId,
                  email: identity.email,
                  displayName: 'T',
                  isRootOwner: false,
                },
                via: 'token',
                credentialId: identity.userId,
              }
            : null,
        ),
    },
    tenants: {
      resolve: (_actor, tenantId) =>
        Promise.resolve(
          tenantId === identity.tenant.id ? { ...identity.tenant, tier: 'free', role: 'viewer' } : null,
        ),
    },
    audit: { record },
    routes,
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
