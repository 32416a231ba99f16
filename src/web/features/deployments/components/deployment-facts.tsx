import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentDetail, DeploymentSummary, Locale } from '../../../../contracts/index.js';
import { cn } from '../../../lib/cn.js';
import { formatDateTime, formatNumber } from '../../../lib/format.js';
import { DeploymentStatusBadge } from './deployment-status-badge.js';
import { HealthSparkline } from './health-sparkline.js';
import { HealthSummary } from './health-summary.js';

/** Status, health (latest and history), restarts, version, who deployed it and when, and its address. */
export function DeploymentFacts({
  deployment,
  detail,
}: {
  deployment: DeploymentSummary;
  detail: DeploymentDetail | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'en') as Locale;
  const facts: [string, ReactNode][] = [
    [t('deployments.version'), t('deployments.versionValue', { version: deployment.blueprintVersion })],
    [t('deployments.health'), <HealthSummary key="health" health={deployment.health} />],
    [t('deployments.restarts'), formatNumber(deployment.restarts, language)],
    [t('deployments.created'), formatDateTime(deployment.createdAt, language)],
    [t('deployments.createdBy'), deployment.createdBy.label],
  ];
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <DeploymentStatusBadge status={deployment.status} />
        {deployment.url ? (
          <a
            href={deployment.url}
            target="_blank"
            rel="noreferrer"
            dir="ltr"
            className="text-sm text-primary underline-offset-4 hover:underline"
          >
            {deployment.url}
          </a>
        ) : null}
      </div>
      {deployment.reason ? (
        <p
          className={cn(
            'text-sm',
            // A stop is someone's choice, not a fault: only failures are shown in red.
            deployment.status === 'failed' || deployment.status === 'crash_looping'
              ? 'text-destructive'
              : 'text-muted-foreground',
          )}
        >
          {deployment.reason}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm md:grid-cols-3 xl:grid-cols-5">
        {facts.map(([label, value]) => (
          <div key={label} className="grid min-w-0 gap-1">
            <dt className="text-xs text-muted-foreground">{label}</dt>
            <dd className="truncate" title={typeof value === 'string' ? value : undefined}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-1">
        <span className="text-xs text-muted-foreground">{t('deployments.healthHistoryTitle')}</span>
        <HealthSparkline history={detail?.healthHistory ?? []} />
      </div>
    </div>
  );
}
