import type { DeploymentStatus } from '../../../../contracts/index.js';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../../components/ui/badge.js';

const VARIANT: Record<DeploymentStatus, 'success' | 'destructive' | 'default' | 'muted'> = {
  building: 'default',
  starting: 'default',
  live: 'success',
  restarting: 'default',
  crash_looping: 'destructive',
  failed: 'destructive',
  stopped: 'muted',
  superseded: 'muted',
  packaged: 'muted',
};

export function DeploymentStatusBadge({ status }: { status: DeploymentStatus }) {
  const { t } = useTranslation();
  return <Badge variant={VARIANT[status]}>{t(`deployments.status.${status}`)}</Badge>;
}
