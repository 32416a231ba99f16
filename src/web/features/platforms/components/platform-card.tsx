import { ArrowUpRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DeploymentSummary, PlatformSummary } from '../../../../contracts/index.js';
import { Badge } from '../../../components/ui/badge.js';
import { useLanguage } from '../../../i18n/language.js';
import { formatDateTime } from '../../../lib/format.js';
import { RunStateBadge } from './run-state-badge.js';

/** One platform on the home: the whole card opens its workspace. */
export function PlatformCard({
  platform,
  deployment,
}: {
  platform: PlatformSummary;
  deployment: DeploymentSummary | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li>
      <Link
        to={`/platforms/${platform.id}/chat`}
        aria-label={t('platforms.card.open', { name: platform.name })}
        className="group grid h-full gap-3 rounded-xl border bg-card p-4 shadow-xs transition-colors hover:border-primary/40 hover:bg-accent/30 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
      >
        <div className="flex items-start justify-between gap-2">
          <div className="grid min-w-0 gap-1">
            <h2 className="truncate text-base font-semibold">{platform.name}</h2>
            <p className="truncate font-mono text-xs text-muted-foreground" dir="ltr">
              {platform.slug}
            </p>
          </div>
          <ArrowUpRight
            className="size-4 shrink-0 text-muted-foreground transition-colors group-hover:text-primary rtl:-scale-x-100"
            aria-hidden="true"
          />
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          <Badge variant="outline">{t(`platforms.domains.${platform.domain}`)}</Badge>
          <Badge variant="muted">{t('platforms.card.version', { version: platform.currentVersion })}</Badge>
          <RunStateBadge deployment={deployment} />
        </div>
        <div className="grid gap-0.5 text-xs text-muted-foreground">
          <span>
            {platform.approvedVersion === null
              ? t('platforms.card.notApproved')
              : t('platforms.card.approved', { version: platform.approvedVersion })}
          </span>
          <span>{t('platforms.card.changed', { date: formatDateTime(platform.updatedAt, language) })}</span>
        </div>
      </Link>
    </li>
  );
}
