import { Boxes, Plus, SearchX } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentSummary } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { PageHeader } from '../../../components/page-header.js';
import { Button } from '../../../components/ui/button.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useLatestDeployments } from '../api/get-latest-deployments.js';
import { usePlatforms } from '../api/get-platforms.js';
import { filterPlatforms, type PlatformFilter } from '../lib/platform-status.js';
import { useDebouncedValue } from '../lib/use-debounced-value.js';
import { NewPlatformDialog } from './new-platform-dialog.js';
import { PlatformCard } from './platform-card.js';
import { PlatformFilters } from './platform-filters.js';

const NO_FILTER: PlatformFilter = { domain: 'all', state: 'all' };
const NO_DEPLOYMENTS: ReadonlyMap<string, DeploymentSummary> = new Map();

/**
 * The tenant's platforms. `newPlatform` is the first message box of a new platform, which the chat
 * feature owns; the home only frames it (inline when there is nothing else, else in a dialog).
 */
export function PlatformsHome({ newPlatform }: { newPlatform: ReactNode }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const [search, setSearch] = useState('');
  const [filter, setFilter] = useState<PlatformFilter>(NO_FILTER);
  const [dialogOpen, setDialogOpen] = useState(false);
  const query = useDebouncedValue(search.trim(), 250);
  const platforms = usePlatforms(tenant.id, query);
  // Status is a nicety: the cards show without it if the deployments cannot be read.
  const deployments = useLatestDeployments(tenant.id).data ?? NO_DEPLOYMENTS;
  const isFiltered = query !== '' || filter.domain !== 'all' || filter.state !== 'all';
  const tenantIsEmpty = platforms.data?.total === 0 && !isFiltered;
  const shown = platforms.data ? filterPlatforms(platforms.data.platforms, deployments, filter) : [];

  return (
    <>
      <PageHeader
        title={t('platforms.title')}
        description={t('platforms.description')}
        actions={
          tenantIsEmpty ? null : (
            <Button onClick={() => setDialogOpen(true)}>
              <Plus aria-hidden="true" />
              {t('platforms.newPlatform')}
            </Button>
          )
        }
      />
      <NewPlatformDialog open={dialogOpen} onOpenChange={setDialogOpen}>
        {newPlatform}
      </NewPlatformDialog>
      {tenantIsEmpty ? (
        <div className="grid gap-6">
          <EmptyState
            icon={Boxes}
            title={t('platforms.empty.title')}
            description={t('platforms.empty.description')}
          />
          <Card>
            <CardHeader>
              <CardTitle>{t('platforms.newPlatformTitle')}</CardTitle>
              <CardDescription>{t('platforms.newPlatformDescription')}</CardDescription>
            </CardHeader>
            <CardContent>{dialogOpen ? null : newPlatform}</CardContent>
          </Card>
        </div>
      ) : (
        <div className="grid gap-5">
          <PlatformFilters search={search} onSearch={setSearch} filter={filter} onFilter={setFilter} />
          {platforms.isPending ? <LoadingRows rows={4} /> : null}
          {platforms.isError ? (
            <ErrorState error={platforms.error} onRetry={() => void platforms.refetch()} />
          ) : null}
          {platforms.data && shown.length === 0 ? (
            <EmptyState
              icon={SearchX}
              title={t('platforms.noMatch.title')}
              description={t('platforms.noMatch.description')}
              action={
                <Button
                  variant="outline"
                  onClick={() => {
                    setSearch('');
                    setFilter(NO_FILTER);
                  }}
                >
                  {t('platforms.noMatch.clear')}
                </Button>
              }
            />
          ) : null}
          {shown.length > 0 ? (
            <>
              <p className="text-xs text-muted-foreground" aria-live="polite">
                {t('platforms.count', { shown: shown.length, total: platforms.data?.total ?? 0 })}
              </p>
              <ul className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
                {shown.map((platform) => (
                  <PlatformCard
                    key={platform.id}
                    platform={platform}
                    deployment={deployments.get(platform.id)}
                  />
                ))}
              </ul>
            </>
          ) : null}
        </div>
      )}
    </>
  );
}
