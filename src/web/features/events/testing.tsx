import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type { StoredEventView } from '../../../contracts/index.js';

export const TENANT = '0190f5d2-7c1e-7a3b-9f10-00000000a11c';

export function withQueryClient(children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}

let position = 0;
export function storedEvent(streamId: string, type: string, data: unknown): StoredEventView {
  position += 1;
  return {
    globalPosition: position,
    cursor: `900:${position}`,
    streamId,
    streamVersion: 1,
    eventId: `0190f5d2-7c1e-7a3b-9f10-${String(position).padStart(12, '0')}`,
    type,
    schemaVersion: 1,
    data,
    metadata: {},
    createdAt: '2026-11-27T08:00:00.000Z',
  };
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A server-sent event stream that sends `events` and then stays open, as GET /api/events/live does. */
export function openStream(events: { event: string; data: unknown }[]): Response {
  const text = events.map(({ event, data }) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`).join('');
  const body = new ReadableStream<Uint8Array>({
    start: (controller) => controller.enqueue(new TextEncoder().encode(text)),
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

/** Routes each call of a stubbed fetch by method and path; unknown calls fail the test loudly. */
export function stubFetch(routes: Record<string, (init: RequestInit | undefined) => Response>) {
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = `${init?.method ?? 'GET'} ${url}`;
    const route = routes[key];
    if (!route) return Promise.reject(new Error(`unexpected fetch ${key}`));
    return Promise.resolve(route(init));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
