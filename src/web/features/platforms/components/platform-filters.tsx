import { Search } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { DOMAINS, type Domain } from '../../../../contracts/index.js';
import { Input } from '../../../components/ui/input.js';
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from '../../../components/ui/select.js';
import { RUN_STATES, type PlatformFilter, type RunState } from '../lib/platform-status.js';

interface PlatformFiltersProps {
  search: string;
  onSearch: (search: string) => void;
  filter: PlatformFilter;
  onFilter: (filter: PlatformFilter) => void;
}

/** Search by name (on the server) and narrow by domain and run state (on the loaded cards). */
export function PlatformFilters({ search, onSearch, filter, onFilter }: PlatformFiltersProps) {
  const { t } = useTranslation();
  return (
    <div role="search" className="flex flex-wrap items-center gap-3">
      <div className="relative min-w-60 flex-1">
        <Search
          className="pointer-events-none absolute start-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden="true"
        />
        <Input
          type="search"
          aria-label={t('platforms.search')}
          placeholder={t('platforms.searchPlaceholder')}
          value={search}
          onChange={(event) => onSearch(event.target.value)}
          className="ps-9"
        />
      </div>
      <Select
        value={filter.domain}
        onValueChange={(domain) => onFilter({ ...filter, domain: domain as Domain | 'all' })}
      >
        <SelectTrigger aria-label={t('platforms.domainFilter')} className="w-44">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">
            {t('platforms.domainFilter')}: {t('platforms.all')}
          </SelectItem>
          {DOMAINS.map((domain) => (
            <SelectItem key={domain} value={domain}>
              {t(`platforms.domains.${domain}`)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <Select
        value={filter.state}
        onValueChange={(state) => onFilter({ ...filter, state: state as RunState | 'all' })}
      >
        <SelectTrigger aria-label={t('platforms.stateFilter')} className="w-44">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="all">
            {t('platforms.stateFilter')}: {t('platforms.all')}
          </SelectItem>
          {RUN_STATES.map((state) => (
            <SelectItem key={state} value={state}>
              {t(`platforms.states.${state}`)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
