import { CheckCircle2, History } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, type BlueprintVersionSummary, type TenantRole } from '../../../../contracts/index.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Badge } from '../../../components/ui/badge.js';
import { Button } from '../../../components/ui/button.js';
import { useApproveVersion, useRestoreVersion } from '../api/version-actions.js';
import { VersionSelect } from './version-select.js';

interface VersionBarProps {
  tenantId: string;
  role: TenantRole;
  platformId: string;
  versions: BlueprintVersionSummary[];
  selected: BlueprintVersionSummary;
  onSelect: (version: number) => void;
}

/** Which version is shown, whether it is current or approved, and the actions on it the user's role allows. */
export function VersionBar({ tenantId, role, platformId, versions, selected, onSelect }: VersionBarProps) {
  const { t } = useTranslation();
  const approve = useApproveVersion(tenantId, platformId);
  const restore = useRestoreVersion(tenantId, platformId);
  const isCurrent = versions[0]?.version === selected.version;
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-end gap-3">
        <VersionSelect
          label={t('blueprint.versionPicker')}
          versions={versions}
          value={selected.version}
          onChange={onSelect}
        />
        <div className="flex h-9 items-center gap-2">
          {isCurrent ? <Badge>{t('blueprint.current')}</Badge> : null}
          {selected.approved ? (
            <Badge variant="success">
              <CheckCircle2 className="size-3.5" aria-hidden="true" />
              {t('blueprint.approved')}
            </Badge>
          ) : null}
        </div>
        <div className="ms-auto flex flex-wrap gap-2">
          {!selected.approved && roleAtLeast(role, 'admin') ? (
            <Button
              variant="outline"
              size="sm"
              disabled={approve.isPending}
              onClick={() => approve.mutate(selected.version)}
            >
              <CheckCircle2 />
              {t('blueprint.approve')}
            </Button>
          ) : null}
          {!isCurrent && roleAtLeast(role, 'developer') ? (
            <Button
              variant="outline"
              size="sm"
              disabled={restore.isPending}
              onClick={() =>
                restore.mutate(selected.version, { onSuccess: (restored) => onSelect(restored.version) })
              }
            >
              <History />
              {t('blueprint.restore')}
            </Button>
          ) : null}
        </div>
      </div>
      {approve.isError ? <ProblemAlert error={approve.error} /> : null}
      {restore.isError ? <ProblemAlert error={restore.error} /> : null}
    </div>
  );
}
