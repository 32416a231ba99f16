import { GitBranch, GitCommitVertical, History } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Badge } from '../../../components/ui/badge.js';
import { Button } from '../../../components/ui/button.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useForkPlatform } from '../api/fork-platform.js';
import { useRestoreVersion } from '../api/restore-version.js';
import { DiffSummary } from './diff-summary.js';

interface VersionTurnFooterProps {
  platformId: string;
  version: number;
  currentVersion: number | undefined;
  /** What the version's badge says; "Version 4" unless the turn has more to tell about where it came from. */
  label?: string;
}

/** Under a turn that made a version: which one, what it changed, and going back to it or forking it. */
export function VersionTurnFooter({ platformId, version, currentVersion, label }: VersionTurnFooterProps) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const navigate = useNavigate();
  const restore = useRestoreVersion(tenant.id, platformId);
  const fork = useForkPlatform(tenant.id, platformId, (platform) => {
    void navigate(`/platforms/${platform.id}/chat`);
  });
  const isCurrent = currentVersion === version;
  return (
    <div className="grid gap-2 border-t pt-2">
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant="outline">
          <GitCommitVertical className="size-3.5" aria-hidden="true" />
          {label ?? t('chat.turn.version', { version })}
        </Badge>
        {isCurrent ? <Badge variant="success">{t('chat.turn.current')}</Badge> : null}
      </div>
      <DiffSummary platformId={platformId} version={version} />
      <div
        role="group"
        aria-label={t('chat.turn.actionsLabel', { version })}
        className="flex flex-wrap gap-2"
      >
        {isCurrent ? null : (
          <Button
            variant="outline"
            size="sm"
            disabled={restore.isPending}
            onClick={() => restore.mutate(version)}
          >
            <History aria-hidden="true" />
            {restore.isPending ? t('chat.turn.restoring') : t('chat.turn.restore')}
          </Button>
        )}
        <Button
          variant="ghost"
          size="sm"
          disabled={fork.isPending}
          onClick={() => fork.mutate({ version, name: (name) => t('chat.turn.forkName', { name }) })}
        >
          <GitBranch aria-hidden="true" />
          {fork.isPending ? t('chat.turn.forking') : t('chat.turn.fork')}
        </Button>
      </div>
      {restore.isSuccess ? (
        <p role="status" className="text-xs text-success">
          {t('chat.turn.restored', { version: restore.data.version })}
        </p>
      ) : null}
      {restore.isError ? <ProblemAlert error={restore.error} /> : null}
      {fork.isError ? <ProblemAlert error={fork.error} /> : null}
    </div>
  );
}
