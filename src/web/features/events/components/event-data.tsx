import { ChevronDown } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { StoredEventView } from '../../../../contracts/index.js';
import { Button } from '../../../components/ui/button.js';
import { cn } from '../../../lib/cn.js';

interface EventDataButtonProps {
  event: StoredEventView;
  open: boolean;
  /** The id of the element showing the data, once it is shown. */
  panelId: string;
  onToggle: () => void;
}

/** Unfolds an event's data; the data itself shows in a row of its own (EventDataPanel) below. */
export function EventDataButton({ event, open, panelId, onToggle }: EventDataButtonProps) {
  const { t } = useTranslation();
  const label = t(open ? 'events.list.hideData' : 'events.list.showData', {
    type: event.type,
    position: event.globalPosition,
  });
  return (
    <Button
      type="button"
      variant="ghost"
      size="sm"
      aria-expanded={open}
      aria-controls={panelId}
      aria-label={label}
      onClick={onToggle}
    >
      <ChevronDown aria-hidden className={cn('size-4 transition-transform', open && 'rotate-180')} />
      {t('events.list.data')}
    </Button>
  );
}

/** An event's data as indented JSON, and its metadata when it has any. */
export function EventDataPanel({ event, id }: { event: StoredEventView; id: string }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="grid gap-2">
      <pre
        dir="ltr"
        className="max-h-80 overflow-auto rounded-md bg-muted p-3 font-mono text-xs leading-relaxed"
      >
        {JSON.stringify(event.data, null, 2)}
      </pre>
      {Object.keys(event.metadata).length ? (
        <details className="text-xs">
          <summary className="cursor-pointer text-muted-foreground">{t('events.list.metadata')}</summary>
          <pre dir="ltr" className="mt-1 overflow-auto rounded-md bg-muted p-3 font-mono">
            {JSON.stringify(event.metadata, null, 2)}
          </pre>
        </details>
      ) : null}
    </div>
  );
}
