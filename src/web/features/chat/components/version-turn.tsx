import { FileInput, GitBranch, History, MessagesSquare, PencilLine } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { BlueprintVersionSummary, VersionSource } from '../../../../contracts/index.js';
import { useLanguage } from '../../../i18n/language.js';
import { formatDateTime } from '../../../lib/format.js';
import { VersionTurnFooter } from './version-turn-footer.js';

const SOURCE_ICONS: Record<VersionSource, typeof PencilLine> = {
  chat: MessagesSquare,
  edit: PencilLine,
  restore: History,
  import: FileInput,
  fork: GitBranch,
};

interface VersionTurnProps {
  platformId: string;
  version: BlueprintVersionSummary;
  currentVersion: number | undefined;
}

/**
 * A version made outside the chat (an edit in the Blueprint form, a restore, an import, a fork), told as
 * a compact turn of its own with the same footer a reply's version has.
 */
export function VersionTurn({ platformId, version, currentVersion }: VersionTurnProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Icon = SOURCE_ICONS[version.source];
  return (
    <li className="flex gap-3">
      <span
        className="mt-1 flex size-7 shrink-0 items-center justify-center rounded-full bg-muted text-muted-foreground"
        aria-hidden="true"
      >
        <Icon className="size-4" />
      </span>
      <div className="grid min-w-0 max-w-[min(44rem,85%)] gap-2 rounded-xl border border-dashed px-4 py-3 text-sm">
        <span className="text-xs font-medium text-muted-foreground">
          {t('chat.versionTurn.madeBy', {
            who: version.author.label,
            date: formatDateTime(version.createdAt, language),
          })}
        </span>
        <VersionTurnFooter
          platformId={platformId}
          version={version.version}
          currentVersion={currentVersion}
          label={t('chat.versionTurn.title', {
            version: version.version,
            what: t(`chat.versionTurn.sources.${version.source}`),
          })}
        />
      </div>
    </li>
  );
}
