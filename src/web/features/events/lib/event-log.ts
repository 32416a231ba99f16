import type { StoredEventView } from '../../../../contracts/index.js';

export interface EventFilters {
  /** Part of a stream id, e.g. `platform-` or a platform's id; empty for every stream. */
  stream: string;
  /** One event type exactly; empty for every type. */
  type: string;
}

export const NO_FILTERS: EventFilters = { stream: '', type: '' };

/** The read pages and the live events as one list, newest first, each event once (live may repeat a page's tail). */
export function mergeEvents(
  pages: readonly StoredEventView[],
  live: readonly StoredEventView[],
): StoredEventView[] {
  const byId = new Map<string, StoredEventView>();
  for (const event of [...pages, ...live]) byId.set(event.eventId, event);
  return [...byId.values()].sort((a, b) => compareCursors(b.cursor, a.cursor));
}

/** Cursors order by transaction id, then position; both can exceed 2^53, so they compare as big integers. */
export function compareCursors(a: string, b: string): number {
  const [aTx = '0', aPosition = '0'] = a.split(':');
  const [bTx = '0', bPosition = '0'] = b.split(':');
  const byTx = BigInt(aTx) - BigInt(bTx);
  if (byTx !== 0n) return byTx > 0n ? 1 : -1;
  const byPosition = BigInt(aPosition) - BigInt(bPosition);
  return byPosition === 0n ? 0 : byPosition > 0n ? 1 : -1;
}

export function filterEvents(events: readonly StoredEventView[], filters: EventFilters): StoredEventView[] {
  const stream = filters.stream.trim().toLowerCase();
  return events.filter(
    (event) =>
      (!stream || event.streamId.toLowerCase().includes(stream)) &&
      (!filters.type || event.type === filters.type),
  );
}

export function typesOf(events: readonly StoredEventView[]): string[] {
  return [...new Set(events.map((event) => event.type))].sort();
}
