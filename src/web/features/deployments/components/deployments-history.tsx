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
import { CreatedCell, SelectRowCell } from './row-cells.js';
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
            <SelectRowCell onSelect={() => onSelect(deployment)}>
              {t('deployments.versionValue', { version: deployment.blueprintVersion })}
            </SelectRowCell>
            <TableCell>
              <DeploymentStatusBadge status={deployment.status} />
            </TableCell>
            <TableCell>
              <HealthSummary health={deployment.health} />
            </TableCell>
            <TableCell>{t(`deployments.targets.${deployment.target}`)}</TableCell>
            <CreatedCell deployment={deployment} language={language} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
