import { Rocket } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeploymentSummary, Locale } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { Card, CardContent } from '../../../components/ui/card.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { cn } from '../../../lib/cn.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { formatNumber } from '../../../lib/format.js';
import '../strings-registered.js';
import { useTenantDeployments } from '../api/get-deployments.js';
import { usePlatformNames } from '../api/get-platform-names.js';
import { DeploymentOverview } from './deployment-overview.js';
import { DeploymentStatusBadge } from './deployment-status-badge.js';
import { HealthSummary } from './health-summary.js';
import { CreatedCell, SelectRowCell } from './row-cells.js';

/** The newest deployment of each platform (the list is newest first, so the first seen wins). */
function newestPerPlatform(deployments: readonly DeploymentSummary[]): DeploymentSummary[] {
  const seen = new Set<string>();
  return deployments.filter(
    (deployment) => !seen.has(deployment.platformId) && seen.add(deployment.platformId),
  );
}

/** Every platform of the tenant with its latest deployment; choosing one shows its details and logs. */
export function TenantDeploymentsPanel() {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'en') as Locale;
  const tenant = useCurrentTenant();
  const deployments = useTenantDeployments(tenant.id);
  const names = usePlatformNames(tenant.id);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  if (deployments.isPending) return <LoadingRows rows={4} />;
  if (deployments.isError)
    return <ErrorState error={deployments.error} onRetry={() => void deployments.refetch()} />;
  const rows = newestPerPlatform(deployments.data);
  if (rows.length === 0) {
    return (
      <EmptyState
        icon={Rocket}
        title={t('deployments.emptyTitle')}
        description={t('deployments.emptyDescription')}
      />
    );
  }
  const selected = rows.find((row) => row.id === selectedId) ?? rows[0]!;
  const nameOf = (platformId: string) => names.data?.get(platformId) ?? platformId;

  return (
    <div className="grid gap-6">
      <Card>
        <CardContent className="px-2 pt-2">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t('deployments.platform')}</TableHead>
                <TableHead>{t('deployments.statusLabel')}</TableHead>
                <TableHead>{t('deployments.health')}</TableHead>
                <TableHead>{t('deployments.restarts')}</TableHead>
                <TableHead>{t('deployments.version')}</TableHead>
                <TableHead>{t('deployments.created')}</TableHead>
                <TableHead>
                  <span className="sr-only">{t('deployments.open')}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow
                  key={row.id}
                  aria-selected={row.id === selected.id}
                  className={cn(row.id === selected.id && 'bg-muted/60')}
                >
                  <SelectRowCell onSelect={() => setSelectedId(row.id)}>
                    {nameOf(row.platformId)}
                  </SelectRowCell>
                  <TableCell>
                    <DeploymentStatusBadge status={row.status} />
                  </TableCell>
                  <TableCell>
                    <HealthSummary health={row.health} />
                  </TableCell>
                  <TableCell className="tabular-nums">{formatNumber(row.restarts, language)}</TableCell>
                  <TableCell>{t('deployments.versionValue', { version: row.blueprintVersion })}</TableCell>
                  <CreatedCell deployment={row} language={language} />
                  <TableCell>
                    <Link
                      to={`/platforms/${encodeURIComponent(row.platformId)}/deployments`}
                      className="text-sm text-primary underline-offset-4 hover:underline"
                      aria-label={`${t('deployments.open')}: ${nameOf(row.platformId)}`}
                    >
                      {t('deployments.open')}
                    </Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <DeploymentOverview deployment={selected} title={nameOf(selected.platformId)} />
    </div>
  );
}
