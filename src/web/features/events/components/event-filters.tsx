import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import { Input } from '../../../components/ui/input.js';
import { Label } from '../../../components/ui/label.js';
import type { EventFilters } from '../lib/event-log.js';

interface EventFiltersBarProps {
  filters: EventFilters;
  types: string[];
  onChange: (filters: EventFilters) => void;
}

const SELECT_CLASS =
  'flex h-9 w-full rounded-md border border-input bg-card px-3 py-1 text-sm shadow-xs focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring';

/** Stream (any part of its id) and type; a native select keeps the type list usable by keyboard and screen reader alike. */
export function EventFiltersBar({ filters, types, onChange }: EventFiltersBarProps) {
  const { t } = useTranslation();
  const filtered = filters.stream !== '' || filters.type !== '';
  return (
    <form
      role="search"
      aria-label={t('events.filters.label')}
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="grid min-w-56 flex-1 gap-1.5">
        <Label htmlFor="events-stream-filter">{t('events.filters.stream')}</Label>
        <Input
          id="events-stream-filter"
          dir="ltr"
          value={filters.stream}
          placeholder={t('events.filters.streamPlaceholder')}
          onChange={(event) => onChange({ ...filters, stream: event.target.value })}
        />
      </div>
      <div className="grid min-w-56 flex-1 gap-1.5">
        <Label htmlFor="events-type-filter">{t('events.filters.type')}</Label>
        <select
          id="events-type-filter"
          className={SELECT_CLASS}
          value={filters.type}
          onChange={(event) => onChange({ ...filters, type: event.target.value })}
        >
          <option value="">{t('events.filters.allTypes')}</option>
          {types.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      {filtered ? (
        <Button type="button" variant="outline" onClick={() => onChange({ stream: '', type: '' })}>
          {t('events.filters.clear')}
        </Button>
      ) : null}
    </form>
  );
}
