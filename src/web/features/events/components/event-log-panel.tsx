import { Radio, SearchX } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredEventView } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { useLiveEvents } from '../../../lib/live-events.js';
import { useEventLog } from '../api/get-event-log.js';
import { filterEvents, mergeEvents, NO_FILTERS, typesOf, type EventFilters } from '../lib/event-log.js';
import { EventFiltersBar } from './event-filters.js';
import { EventTable } from './event-table.js';

// The page keeps this many live events in memory; older ones are still in the log, a reload away.
const MAX_LIVE_EVENTS = 2_000;

/** The tenant's events: the log read from the start up to its head, then each new event as it commits. */
export function EventLogPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const log = useEventLog(tenantId);
  const [live, setLive] = useState<StoredEventView[]>([]);
  const [filters, setFilters] = useState<EventFilters>(NO_FILTERS);

  useLiveEvents((event) => setLive((events) => [...events, event].slice(-MAX_LIVE_EVENTS)));

  // Reads on to the head, page by page, so live events join the log without a gap before them.
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = log;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const all = useMemo(
    () => mergeEvents(log.data?.pages.flatMap((page) => page.events) ?? [], live),
    [log.data, live],
  );
  const types = useMemo(() => typesOf(all), [all]);
  const shown = useMemo(() => filterEvents(all, filters), [all, filters]);

  if (log.isPending) return <LoadingRows rows={6} />;
  if (log.isError) return <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
  if (all.length === 0) {
    return (
      <EmptyState
        icon={Radio}
        title={t('events.list.empty')}
        description={t('events.list.emptyDescription')}
      />
    );
  }
  return (
    <div className="grid gap-4">
      <EventFiltersBar filters={filters} types={types} onChange={setFilters} />
      <p className="text-xs text-muted-foreground" aria-live="polite">
        {t('events.filters.showing', { shown: shown.length, total: all.length })}
        {isFetchingNextPage ? ` · ${t('events.list.loadingMore')}` : null}
      </p>
      {shown.length ? (
        <EventTable events={shown} />
      ) : (
        <EmptyState
          icon={SearchX}
          title={t('events.list.noMatch')}
          description={t('events.list.noMatchDescription')}
        />
      )}
    </div>
  );
}
