import { useTranslation } from 'react-i18next';
import type { StoredEventView } from '../../../../contracts/index.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { useLanguage } from '../../../i18n/language.js';
import { formatDateTime } from '../../../lib/format.js';
import { EventDataToggle } from './event-data.js';

// Rendering thousands of rows with their buttons would slow typing in the filters; the filters narrow further.
const MAX_ROWS = 300;

export function EventTable({ events }: { events: StoredEventView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table>
      <caption className="sr-only">{t('events.list.caption')}</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="w-20">{t('events.list.position')}</TableHead>
          <TableHead>{t('events.list.time')}</TableHead>
          <TableHead>{t('events.list.stream')}</TableHead>
          <TableHead>{t('events.list.type')}</TableHead>
          <TableHead className="w-16">{t('events.list.version')}</TableHead>
          <TableHead>{t('events.list.data')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.slice(0, MAX_ROWS).map((event) => (
          <TableRow key={event.eventId} className="align-top">
            <TableCell className="tabular-nums text-muted-foreground">{event.globalPosition}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDateTime(event.createdAt, language)}</TableCell>
            {/* Stream ids and types are identifiers, written left to right in every language. */}
            <TableCell className="max-w-56 truncate font-mono text-xs" dir="ltr" title={event.streamId}>
              {event.streamId}
            </TableCell>
            <TableCell>
              <code dir="ltr" className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
                {event.type}
              </code>
            </TableCell>
            <TableCell className="tabular-nums">{event.streamVersion}</TableCell>
            <TableCell className="min-w-64">
              <EventDataToggle event={event} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
