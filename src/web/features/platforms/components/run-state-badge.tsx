import { useTranslation } from 'react-i18next';
import type { DeploymentSummary } from '../../../../contracts/index.js';
import { Badge } from '../../../components/ui/badge.js';
import { runStateOf, type RunState } from '../lib/platform-status.js';

const VARIANTS: Record<RunState, 'success' | 'default' | 'destructive' | 'muted'> = {
  live: 'success',
  in_progress: 'default',
  failing: 'destructive',
  not_running: 'muted',
};

/** The latest deployment's state, with its last health check when it is running. */
export function RunStateBadge({ deployment }: { deployment: DeploymentSummary | undefined }) {
  const { t } = useTranslation();
  const state = runStateOf(deployment);
  const health = deployment?.health;
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <Badge variant={VARIANTS[state]}>
        <span className="size-1.5 rounded-full bg-current" aria-hidden="true" />
        {t(`platforms.states.${state}`)}
      </Badge>
      {state === 'live' && health && !health.ok ? (
        <Badge variant="destructive">{t('platforms.card.unhealthy')}</Badge>
      ) : null}
    </span>
  );
}
