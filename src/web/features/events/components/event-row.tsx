import { useId, useState } from 'react';
import type { StoredEventView } from '../../../../contracts/index.js';
import { TableCell, TableRow } from '../../../components/ui/table.js';
import { useLanguage } from '../../../i18n/language.js';
import { formatDateTime } from '../../../lib/format.js';
import { EventDataButton, EventDataPanel } from './event-data.js';

const COLUMNS = 6;

/**
 * One event, folded; its data unfolds in a full-width row below it. In the last cell the JSON made the
 * table wider than a laptop's content area and pushed the button off to the side.
 */
export function EventRow({ event }: { event: StoredEventView }) {
  const language = useLanguage();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <>
      <TableRow className={open ? 'border-b-0' : undefined}>
        <TableCell className="tabular-nums text-muted-foreground">{event.globalPosition}</TableCell>
        {/* The time may wrap (date above time) so that a laptop's width keeps the data button in view. */}
        <TableCell className="min-w-24">{formatDateTime(event.createdAt, language)}</TableCell>
        {/* Stream ids and types are identifiers, written left to right in every language. */}
        <TableCell className="max-w-40 truncate font-mono text-xs" dir="ltr" title={event.streamId}>
          {event.streamId}
        </TableCell>
        <TableCell>
          <code dir="ltr" className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
            {event.type}
          </code>
        </TableCell>
        <TableCell className="tabular-nums">{event.streamVersion}</TableCell>
        <TableCell className="w-px whitespace-nowrap px-2">
          <EventDataButton
            event={event}
            open={open}
            panelId={panelId}
            onToggle={() => setOpen((value) => !value)}
          />
        </TableCell>
      </TableRow>
      {open ? (
        <TableRow className="hover:bg-transparent">
          <TableCell colSpan={COLUMNS} className="pt-0">
            <EventDataPanel event={event} id={panelId} />
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}
