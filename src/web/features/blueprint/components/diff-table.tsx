import { ArrowRightLeft, Minus, PencilLine, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { BlueprintDiff } from '../../../../contracts/index.js';
import { cn } from '../../../lib/cn.js';
import { diffRows, type DiffChange } from '../lib/diff-rows.js';

const MARKS: Record<DiffChange, { symbol: string; icon: typeof Plus; tone: string }> = {
  added: { symbol: '+', icon: Plus, tone: 'bg-success/10 text-success' },
  removed: { symbol: '−', icon: Minus, tone: 'bg-destructive/10 text-destructive' },
  renamed: { symbol: '→', icon: ArrowRightLeft, tone: 'bg-primary/10 text-primary' },
  changed: { symbol: '~', icon: PencilLine, tone: 'bg-warning/15 text-foreground' },
};

interface DiffTableProps {
  diff: BlueprintDiff;
  from: number;
  to: number;
}

/**
 * The changes between two versions side by side, one row each. Every row carries a symbol and a word
 * (`+ Added`, `− Removed`, `→ Renamed`, `~ Changed`) besides its colour, so the meaning never rests on colour.
 */
export function DiffTable({ diff, from, to }: DiffTableProps) {
  const { t } = useTranslation();
  const rows = diffRows(diff);
  if (diff.empty || rows.length === 0) {
    return (
      <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
        {t('blueprint.diff.empty')}
      </p>
    );
  }
  const count = (change: DiffChange) => rows.filter((row) => row.change === change).length;
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {t('blueprint.diff.summary', {
          added: count('added'),
          removed: count('removed'),
          renamed: count('renamed'),
          changed: count('changed'),
        })}
      </p>
      <div className="overflow-x-auto rounded-lg border">
        <table className="w-full text-sm">
          <caption className="sr-only">{t('blueprint.diff.caption', { from, to })}</caption>
          <thead className="border-b bg-muted/40 text-xs text-muted-foreground">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t('blueprint.diff.change')}
              </th>
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t('blueprint.diff.item')}
              </th>
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t('blueprint.diff.before', { version: from })}
              </th>
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t('blueprint.diff.after', { version: to })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const mark = MARKS[row.change];
              const Icon = mark.icon;
              return (
                <tr key={row.id} data-change={row.change} className="border-b last:border-0">
                  <td className="px-3 py-2 align-top">
                    <span
                      className={cn(
                        'inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium',
                        mark.tone,
                      )}
                    >
                      <Icon className="size-3.5" aria-hidden="true" />
                      <span aria-hidden="true" className="inline-block rtl:-scale-x-100">
                        {mark.symbol}
                      </span>
                      {t(`blueprint.diff.markers.${row.change}`)}
                    </span>
                  </td>
                  <td className="px-3 py-2 align-top">
                    <span className="text-xs text-muted-foreground">
                      {t(`blueprint.diff.kinds.${row.kind}`)}{' '}
                    </span>
                    <code dir="ltr" className="text-xs">
                      {row.item}
                    </code>
                  </td>
                  <td
                    className={cn(
                      'px-3 py-2 align-top font-mono text-xs break-all',
                      row.before && row.change !== 'added' && 'bg-destructive/5',
                    )}
                    dir="ltr"
                  >
                    {row.before}
                  </td>
                  <td
                    className={cn(
                      'px-3 py-2 align-top font-mono text-xs break-all',
                      row.after && row.change !== 'removed' && 'bg-success/5',
                    )}
                    dir="ltr"
                  >
                    {row.after}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
