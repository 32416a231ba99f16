import { useTranslation } from 'react-i18next';
import type { HealthCheck } from '../../../../contracts/index.js';
import type { Locale } from '../../../../contracts/index.js';
import { formatDateTime } from '../../../lib/format.js';
import { cn } from '../../../lib/cn.js';

const MAX_BARS = 40;
const HEIGHT = 28;

/**
 * Recent health checks as bars: height is latency, red for failures. The figure is summarised in words
 * for screen readers, and each bar has its own tooltip with time and latency.
 */
export function HealthSparkline({ history }: { history: readonly HealthCheck[] }) {
  const { t, i18n } = useTranslation();
  const checks = history.slice(-MAX_BARS);
  if (checks.length === 0)
    return <span className="text-sm text-muted-foreground">{t('deployments.noHealth')}</span>;
  const slowest = Math.max(1, ...checks.map((check) => check.latencyMs));
  const passed = checks.filter((check) => check.ok).length;
  const language = (i18n.resolvedLanguage ?? 'en') as Locale;
  return (
    <div
      role="img"
      aria-label={t('deployments.healthHistory', { ok: passed, total: checks.length })}
      className="flex items-end gap-px"
      style={{ height: HEIGHT }}
    >
      {checks.map((check) => (
        <span
          key={check.at}
          title={t('deployments.healthCheck', {
            time: formatDateTime(check.at, language),
            result: check.ok ? t('deployments.healthy') : t('deployments.unhealthy'),
            ms: Math.round(check.latencyMs),
          })}
          className={cn('w-1.5 rounded-sm', check.ok ? 'bg-success/70' : 'bg-destructive')}
          // Failed checks are drawn full height: they matter more than their latency.
          style={{ height: check.ok ? Math.max(3, (check.latencyMs / slowest) * HEIGHT) : HEIGHT }}
        />
      ))}
    </div>
  );
}
