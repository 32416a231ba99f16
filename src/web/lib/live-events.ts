import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { EventCursor, StoredEventView } from '../../contracts/index.js';
import { tenantScopeKey } from './query-keys.js';
import { jsonOf, readEventStream } from './event-stream.js';

export type LiveEvent = StoredEventView;
export type LiveStatus = 'connecting' | 'live' | 'offline';
type LiveListener = (event: LiveEvent) => void;

const LIVE_PATH = '/api/events/live';
const BACKOFF_MIN_MS = 1_000;
const BACKOFF_MAX_MS = 30_000;
// Events come in bursts (a deploy writes several at once): one refetch per view per burst is enough.
const INVALIDATE_AFTER_MS = 250;

const listeners = new Set<LiveListener>();
const statusListeners = new Set<() => void>();
let status: LiveStatus = 'offline';

function setStatus(next: LiveStatus): void {
  if (next === status) return;
  status = next;
  statusListeners.forEach((listener) => listener());
}

/** Calls `listener` with each of the current tenant's events as it commits, while the component is mounted. */
export function useLiveEvents(listener: LiveListener): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const forward: LiveListener = (event) => latest.current(event);
    listeners.add(forward);
    return () => {
      listeners.delete(forward);
    };
  }, []);
}

/** Whether the tab's live connection is open, for a "live" indicator. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    () => status,
  );
}

/**
 * Keeps the tab's one live connection for the signed-in tenant (mounted once, by the app frame): each
 * event refreshes the cached views it can change and reaches the `useLiveEvents` listeners.
 */
export function useLiveEventsConnection(tenantId: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!tenantId) return;
    const invalidator = batchedInvalidator(queryClient);
    const connection = connectLiveEvents({
      tenantId,
      onStatus: setStatus,
      onEvent: (event) => {
        keysChangedBy(tenantId, event).forEach(invalidator.add);
        listeners.forEach((listener) => listener(event));
      },
    });
    return () => {
      connection.close();
      invalidator.cancel();
      setStatus('offline');
    };
  }, [queryClient, tenantId]);
}

/**
 * The views an event can change, narrowed by its stream's prefix (the modules name their streams
 * `platform-<id>`, `chat-<session>`, `generations-<platform>`, `deployments-<platform>`). Streams of a
 * tenant's own integrations feed no WebNova view but the event explorer's.
 */
export function keysChangedBy(tenantId: string, event: Pick<LiveEvent, 'streamId'>): QueryKey[] {
  const scope = tenantScopeKey(tenantId);
  const keys: QueryKey[] = [
    [...scope, 'events', 'subscriptions'],
    [...scope, 'events', 'dead-letters'],
    [...scope, 'quotas'],
  ];
  const [prefix] = event.streamId.split('-', 1);
  const rest = event.streamId.slice((prefix?.length ?? 0) + 1);
  if (prefix === 'deployments') keys.push([...scope, 'deployments'], [...scope, 'platforms', rest]);
  else if (prefix === 'generations') keys.push([...scope, 'platforms', rest]);
  // A chat stream is named after its session, which the cache keys do not carry: refresh the platforms.
  else if (prefix === 'platform' || prefix === 'chat') keys.push([...scope, 'platforms']);
  return keys;
}

function batchedInvalidator(queryClient: QueryClient) {
  const pending = new Map<string, QueryKey>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const keys = [...pending.values()];
    pending.clear();
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
  };
  return {
    add: (key: QueryKey) => {
      pending.set(JSON.stringify(key), key);
      timer ??= setTimeout(flush, INVALIDATE_AFTER_MS);
    },
    cancel: () => {
      if (timer) clearTimeout(timer);
      pending.clear();
    },
  };
}

interface ConnectOptions {
  tenantId: string;
  onEvent: LiveListener;
  onStatus: (status: LiveStatus) => void;
}

/**
 * Follows GET /api/events/live until closed. A dropped connection comes back after a growing pause
 * (1 s doubling to 30 s, with jitter so tabs do not return in step) and resumes after the last cursor
 * it saw, so no event is missed or sent twice across reconnects.
 */
export function connectLiveEvents(options: ConnectOptions): { close(): void } {
  const controller = new AbortController();
  const { signal } = controller;
  void (async () => {
    let after: string | null = null;
    let failures = 0;
    while (!signal.aborted) {
      options.onStatus('connecting');
      try {
        const path: string = after ? `${LIVE_PATH}?after=${encodeURIComponent(after)}` : LIVE_PATH;
        const response = await fetch(path, {
          headers: { Accept: 'text/event-stream', 'X-Tenant-Id': options.tenantId },
          credentials: 'same-origin',
          signal,
        });
        if (response.ok && response.body) {
          for await (const message of readServerSentEvents(response.body, signal)) {
            if (message.event === 'ready') {
              const ready = EventCursor.safeParse((message.data as { after?: unknown } | null)?.after);
              if (ready.success) after ??= ready.data;
              failures = 0;
              options.onStatus('live');
            } else if (message.event === 'event') {
              const event = StoredEventView.safeParse(message.data);
              if (!event.success) continue;
              after = event.data.cursor;
              options.onEvent(event.data);
            }
          }
        }
      } catch {
        // A network error or the server going away: try again after the pause below.
      }
      if (signal.aborted) break;
      options.onStatus('offline');
      failures += 1;
      await pause(backoff(failures), signal);
    }
  })();
  return { close: () => controller.abort() };
}

function backoff(failures: number): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (failures - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

interface ServerSentEvent {
  event: string;
  data: unknown;
}

/** The stream's events whose data is JSON (the live route sends nothing else). */
export async function* readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
): AsyncGenerator<ServerSentEvent> {
  for await (const { event, data } of readEventStream(body, signal)) {
    const parsed = jsonOf(data);
    if (parsed !== undefined) yield { event, data: parsed };
  }
}
