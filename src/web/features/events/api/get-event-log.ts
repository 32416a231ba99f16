import { useInfiniteQuery } from '@tanstack/react-query';
import { EventPage } from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { eventsKeys } from './keys.js';

export const EVENT_PAGE_SIZE = 500;
// The log is read forwards only; past this many pages the explorer stops reading history (live events still arrive).
export const MAX_EVENT_PAGES = 10;

export function getEventPage(tenantId: string, after: string): Promise<EventPage> {
  return api.get(`/api/events?after=${encodeURIComponent(after)}&limit=${EVENT_PAGE_SIZE}`, EventPage, {
    tenantId,
  });
}

/** The tenant's events from the start, a page at a time; a short page means the head was reached. */
export function useEventLog(tenantId: string) {
  return useInfiniteQuery({
    queryKey: eventsKeys.log(tenantId),
    queryFn: ({ pageParam }) => getEventPage(tenantId, pageParam),
    initialPageParam: '0:0',
    getNextPageParam: (last, pages) =>
      last.events.length === EVENT_PAGE_SIZE && pages.length < MAX_EVENT_PAGES ? last.next : undefined,
    // Live events extend the log; refetching every page would only repeat them.
    staleTime: Infinity,
  });
}
