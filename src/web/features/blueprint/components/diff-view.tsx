import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlueprintVersionSummary } from '../../../../contracts/index.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { useDiff } from '../api/get-diff.js';
import { DiffTable } from './diff-table.js';
import { VersionSelect } from './version-select.js';

interface DiffViewProps {
  tenantId: string;
  platformId: string;
  versions: BlueprintVersionSummary[];
  /** The version shown in the other views: compared with the one before it by default. */
  selected: number;
}

/** Two version pickers and what changed between them. */
export function DiffView({ tenantId, platformId, versions, selected }: DiffViewProps) {
  const { t } = useTranslation();
  const older = versions.find((each) => each.version < selected)?.version;
  const [from, setFrom] = useState<number>(older ?? selected);
  const [to, setTo] = useState<number>(selected);
  const diff = useDiff(tenantId, platformId, from, to);
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-4">
        <VersionSelect label={t('blueprint.diff.from')} versions={versions} value={from} onChange={setFrom} />
        <VersionSelect label={t('blueprint.diff.to')} versions={versions} value={to} onChange={setTo} />
      </div>
      {from === to ? <p className="text-sm text-muted-foreground">{t('blueprint.diff.same')}</p> : null}
      {from !== to && diff.isPending ? <LoadingRows rows={3} /> : null}
      {diff.isError ? <ErrorState error={diff.error} onRetry={() => void diff.refetch()} /> : null}
      {from !== to && diff.data ? <DiffTable diff={diff.data} from={from} to={to} /> : null}
    </div>
  );
}
