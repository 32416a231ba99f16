import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { DeploymentSummary, TenantSummary } from '../../../../contracts/index.js';
import { CurrentTenantContext } from '../../../lib/current-tenant.js';
import { TEST_TENANT } from '../../../testing/test-tenant.js';

export const TENANT = TEST_TENANT;
export const PLATFORM_ID = '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f71';

export function deployment(overrides: Partial<DeploymentSummary> = {}): DeploymentSummary {
  return {
    id: '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f72',
    platformId: PLATFORM_ID,
    generationId: '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f73',
    blueprintVersion: 1,
    target: 'local',
    status: 'live',
    url: 'http://127.0.0.1:41234/',
    health: null,
    restarts: 0,
    reason: null,
    message: null,
    previousDeploymentId: null,
    rollbackOf: null,
    createdBy: { id: null, label: 'ada@example.com' },
    createdAt: '2026-01-01T00:00:00.000Z',
    liveAt: null,
    endedAt: null,
    ...overrides,
  };
}

/** `tenant` sets the person's membership, e.g. `{ ...TENANT, role: 'viewer' }`; an owner by default. */
export function withProviders(children: ReactNode, tenant: TenantSummary = TENANT) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={client}>
      <CurrentTenantContext.Provider value={tenant}>{children}</CurrentTenantContext.Provider>
    </QueryClientProvider>
  );
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A server-sent event response whose events the test pushes one by one. */
export function controlledEventStream() {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  const body = new ReadableStream<Uint8Array>({
    start: (each) => {
      controller = each;
    },
  });
  return {
    response: new Response(body, { status: 201, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (event: string, data: unknown) =>
      controller?.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)),
    close: () => controller?.close(),
  };
}
