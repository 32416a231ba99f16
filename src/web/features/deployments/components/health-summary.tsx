import { useTranslation } from 'react-i18next';
import type { HealthCheck } from '../../../../contracts/index.js';
import { Badge } from '../../../components/ui/badge.js';

/** The latest probe in a word and its latency. */
export function HealthSummary({ health }: { health: HealthCheck | null }) {
  const { t } = useTranslation();
  if (!health) return <span className="text-sm text-muted-foreground">{t('deployments.noHealth')}</span>;
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <Badge variant={health.ok ? 'success' : 'destructive'}>
        {health.ok ? t('deployments.healthy') : t('deployments.unhealthy')}
      </Badge>
      <span className="text-xs text-muted-foreground tabular-nums">
        {t('deployments.healthLatency', { ms: Math.round(health.latencyMs) })}
      </span>
    </span>
  );
}
