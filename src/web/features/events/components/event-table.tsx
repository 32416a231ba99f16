import { useTranslation } from 'react-i18next';
import type { StoredEventView } from '../../../../contracts/index.js';
import { Table, TableBody, TableHead, TableHeader, TableRow } from '../../../components/ui/table.js';
import { EventRow } from './event-row.js';

// Rendering thousands of rows with their buttons would slow typing in the filters; the filters narrow further.
const MAX_ROWS = 300;

export function EventTable({ events }: { events: StoredEventView[] }) {
  const { t } = useTranslation();
  return (
    <Table>
      <caption className="sr-only">{t('events.list.caption')}</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="w-16">{t('events.list.position')}</TableHead>
          <TableHead>{t('events.list.time')}</TableHead>
          <TableHead>{t('events.list.stream')}</TableHead>
          <TableHead>{t('events.list.type')}</TableHead>
          <TableHead className="w-16">{t('events.list.version')}</TableHead>
          <TableHead className="px-2">{t('events.list.data')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.slice(0, MAX_ROWS).map((event) => (
          <EventRow key={event.eventId} event={event} />
        ))}
      </TableBody>
    </Table>
  );
}
