import { ChevronLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/error-state.js';
import { Badge } from '../../../components/ui/badge.js';
import { Skeleton } from '../../../components/ui/skeleton.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useDocumentTitle } from '../../../lib/use-document-title.js';
import { useLatestDeployments } from '../api/get-latest-deployments.js';
import { usePlatform } from '../api/get-platform.js';
import { RunStateBadge } from './run-state-badge.js';

/** The workspace's h1: the platform's name, its current and approved versions and how it runs. */
export function WorkspaceHeader({ platformId }: { platformId: string }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const platform = usePlatform(tenant.id, platformId);
  const deployment = useLatestDeployments(tenant.id).data?.get(platformId);
  useDocumentTitle(platform.data?.name ?? t('platforms.title'));
  return (
    <div className="grid gap-2 pb-4">
      <Link
        to="/platforms"
        className="inline-flex w-fit items-center gap-1 text-xs text-muted-foreground hover:text-foreground"
      >
        <ChevronLeft className="size-3.5 rtl:-scale-x-100" aria-hidden="true" />
        {t('platforms.workspace.back')}
      </Link>
      {platform.isPending ? <Skeleton className="h-8 w-64" /> : null}
      {platform.isError ? (
        <ErrorState error={platform.error} onRetry={() => void platform.refetch()} />
      ) : null}
      {platform.data ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h1 className="text-2xl font-semibold tracking-tight">{platform.data.name}</h1>
          <Badge variant="outline">{t(`platforms.domains.${platform.data.domain}`)}</Badge>
          <Badge variant="muted">
            {t('platforms.card.version', { version: platform.data.currentVersion })}
          </Badge>
          <span className="text-xs text-muted-foreground">
            {platform.data.approvedVersion === null
              ? t('platforms.card.notApproved')
              : t('platforms.card.approved', { version: platform.data.approvedVersion })}
          </span>
          <RunStateBadge deployment={deployment} />
        </div>
      ) : null}
    </div>
  );
}
