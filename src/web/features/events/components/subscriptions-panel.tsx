import { Workflow } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { Badge } from '../../../components/ui/badge.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { useLanguage } from '../../../i18n/language.js';
import { formatNumber } from '../../../lib/format.js';
import { useSubscriptions } from '../api/get-subscriptions.js';

/** Each subscription's lag (this tenant's events its slowest partition has not processed) and dead letters. */
export function SubscriptionsPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const subscriptions = useSubscriptions(tenantId);
  if (subscriptions.isPending) return <LoadingRows rows={3} />;
  if (subscriptions.isError) {
    return <ErrorState error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />;
  }
  if (subscriptions.data.length === 0) {
    return (
      <EmptyState
        icon={Workflow}
        title={t('events.subscriptions.empty')}
        description={t('events.subscriptions.emptyDescription')}
      />
    );
  }
  return (
    <Table>
      <caption className="sr-only">{t('events.subscriptions.caption')}</caption>
      <TableHeader>
        <TableRow className="hover:bg-transparent">
          <TableHead>{t('events.subscriptions.name')}</TableHead>
          <TableHead>{t('events.subscriptions.partitions')}</TableHead>
          <TableHead>{t('events.subscriptions.lag')}</TableHead>
          <TableHead>{t('events.subscriptions.deadLetters')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {subscriptions.data.map((subscription) => (
          <TableRow key={subscription.name}>
            <TableCell>
              <code dir="ltr" className="font-mono text-xs">
                {subscription.name}
              </code>
            </TableCell>
            <TableCell className="tabular-nums">{formatNumber(subscription.partitions, language)}</TableCell>
            <TableCell>
              <Badge variant={subscription.lag === 0 ? 'success' : 'default'}>
                {subscription.lag === 0
                  ? t('events.subscriptions.upToDate')
                  : t('events.subscriptions.lagValue', { count: formatNumber(subscription.lag, language) })}
              </Badge>
            </TableCell>
            <TableCell>
              <Badge variant={subscription.deadLetters ? 'destructive' : 'muted'}>
                {formatNumber(subscription.deadLetters, language)}
              </Badge>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
