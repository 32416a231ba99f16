import { useTranslation } from 'react-i18next';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useVersionDiff } from '../api/get-version-diff.js';
import { summarizeDiff } from '../lib/summarize-diff.js';

/** What a version changed against the one before it, in a few lines. */
export function DiffSummary({ platformId, version }: { platformId: string; version: number }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const diff = useVersionDiff(tenant.id, platformId, version);
  if (version === 1) return <p className="text-xs text-muted-foreground">{t('chat.turn.firstDraft')}</p>;
  if (diff.isPending) return <p className="text-xs text-muted-foreground">{t('chat.turn.diffLoading')}</p>;
  if (diff.isError) return <p className="text-xs text-destructive">{t('chat.turn.diffError')}</p>;
  const lines = summarizeDiff(diff.data);
  if (lines.length === 0)
    return <p className="text-xs text-muted-foreground">{t('chat.turn.noDifference')}</p>;
  return (
    <dl className="grid gap-1 text-xs">
      {lines.map((line) => (
        <div key={line.label} className="flex flex-wrap gap-x-2">
          <dt className="font-medium text-muted-foreground">{t(`chat.diff.${line.label}`)}</dt>
          {/* Names are identifiers, read left to right in either language; each is isolated on its own. */}
          <dd className="flex flex-wrap gap-x-2 font-mono">
            {line.items.map((item) => (
              <span key={item} dir="ltr">
                {item}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
