import { useTranslation } from 'react-i18next';
import type { QuotaReport } from '../../../../contracts/index.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { Progress } from '../../../components/ui/progress.js';
import { formatNumber } from '../../../lib/format.js';
import { useLanguage } from '../../../i18n/language.js';
import { useQuotas } from '../api/get-quotas.js';

export function QuotaUsageCard({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const quotas = useQuotas(tenantId);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('overview.quotasTitle')}</CardTitle>
        <CardDescription>{t('overview.quotasDescription')}</CardDescription>
      </CardHeader>
      <CardContent>
        {quotas.isPending ? <LoadingRows rows={3} /> : null}
        {quotas.isError ? <ErrorState error={quotas.error} onRetry={() => void quotas.refetch()} /> : null}
        {quotas.data ? <QuotaList report={quotas.data} /> : null}
      </CardContent>
    </Card>
  );
}

function QuotaList({ report }: { report: QuotaReport }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ul className="grid gap-x-10 gap-y-6 md:grid-cols-2">
      {report.quotas.map((quota) => {
        const label = t(`quotas.${quota.quota}`);
        const used = formatNumber(quota.used, language);
        const valueText =
          quota.limit === null
            ? t('quotas.usedUnlimited', { used })
            : t('quotas.usedOf', { used, limit: formatNumber(quota.limit, language) });
        const percent = quota.limit === null || quota.limit === 0 ? 0 : (quota.used / quota.limit) * 100;
        return (
          <li key={quota.quota} className="grid gap-2">
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="font-medium">{label}</span>
              <span className="text-muted-foreground tabular-nums">{valueText}</span>
            </div>
            <Progress value={percent} label={label} valueText={valueText} />
          </li>
        );
      })}
    </ul>
  );
}
