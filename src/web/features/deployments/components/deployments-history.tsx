import { useTranslation } from 'react-i18next';
import type { DeploymentSummary, Locale } from '../../../../contracts/index.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { cn } from '../../../lib/cn.js';
import { formatDateTime } from '../../../lib/format.js';
import { DeploymentStatusBadge } from './deployment-status-badge.js';
import { HealthSummary } from './health-summary.js';

interface DeploymentsHistoryProps {
  deployments: readonly DeploymentSummary[];
  selectedId: string | null;
  onSelect: (deployment: DeploymentSummary) => void;
}

/** A platform's deployments, newest first; choosing one shows its details and logs. */
export function DeploymentsHistory({ deployments, selectedId, onSelect }: DeploymentsHistoryProps) {
  const { t, i18n } = useTranslation();
  const language = (i18n.resolvedLanguage ?? 'en') as Locale;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t('deployments.version')}</TableHead>
          <TableHead>{t('deployments.statusLabel')}</TableHead>
          <TableHead>{t('deployments.health')}</TableHead>
          <TableHead>{t('deployments.target')}</TableHead>
          <TableHead>{t('deployments.created')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {deployments.map((deployment) => (
          <TableRow
            key={deployment.id}
            aria-selected={deployment.id === selectedId}
            className={cn(deployment.id === selectedId && 'bg-muted/60')}
          >
            <TableCell>
              <button
                type="button"
                className="font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                onClick={() => onSelect(deployment)}
              >
                {t('deployments.versionValue', { version: deployment.blueprintVersion })}
              </button>
            </TableCell>
            <TableCell>
              <DeploymentStatusBadge status={deployment.status} />
            </TableCell>
            <TableCell>
              <HealthSummary health={deployment.health} />
            </TableCell>
            <TableCell>{t(`deployments.targets.${deployment.target}`)}</TableCell>
            <TableCell className="text-muted-foreground">
              {formatDateTime(deployment.createdAt, language)} · {deployment.createdBy.label}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
