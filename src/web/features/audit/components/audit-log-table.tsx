import { ScrollText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { Badge } from '../../../components/ui/badge.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { formatDateTime } from '../../../lib/format.js';
import { useLanguage } from '../../../i18n/language.js';

export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (entries.length === 0) {
    return (
      <EmptyState icon={ScrollText} title={t('audit.emptyTitle')} description={t('audit.emptyDescription')} />
    );
  }
  return (
    <Table>
      <caption className="sr-only">{t('audit.caption')}</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead className="w-16">#</TableHead>
          <TableHead>{t('audit.columns.time')}</TableHead>
          <TableHead>{t('audit.columns.actor')}</TableHead>
          <TableHead>{t('audit.columns.action')}</TableHead>
          <TableHead>{t('audit.columns.resource')}</TableHead>
          <TableHead>{t('audit.columns.result')}</TableHead>
          <TableHead>{t('audit.columns.hash')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell className="tabular-nums text-muted-foreground">{entry.seq}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDateTime(entry.at, language)}</TableCell>
            <TableCell className="max-w-48 truncate" dir="auto">
              {entry.actorLabel}
            </TableCell>
            {/* Actions and resources are identifiers, written left to right in every language. */}
            <TableCell>
              <code dir="ltr" className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs">
                {entry.action}
              </code>
            </TableCell>
            <TableCell className="max-w-56 truncate font-mono text-xs text-muted-foreground" dir="ltr">
              {entry.resource}
            </TableCell>
            <TableCell>
              <Badge variant={entry.result === 'success' ? 'success' : 'destructive'}>
                {t(`audit.results.${entry.result}`)}
              </Badge>
            </TableCell>
            <TableCell className="font-mono text-xs text-muted-foreground" dir="ltr" title={entry.hash}>
              {entry.hash.slice(0, 8)}…
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
