import { ChevronDown } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredEventView } from '../../../../contracts/index.js';
import { Button } from '../../../components/ui/button.js';
import { cn } from '../../../lib/cn.js';

/** An event's data as indented JSON, folded until asked for so a long log stays scannable. */
export function EventDataToggle({ event }: { event: StoredEventView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const label = t(open ? 'events.list.hideData' : 'events.list.showData', {
    type: event.type,
    position: event.globalPosition,
  });
  return (
    <div className="grid gap-2">
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="justify-self-start"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen((value) => !value)}
      >
        <ChevronDown aria-hidden className={cn('size-4 transition-transform', open && 'rotate-180')} />
        {t('events.list.data')}
      </Button>
      {open ? (
        <div id={panelId} className="grid gap-2">
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
      ) : null}
    </div>
  );
}
