import { Building2, CalendarDays, ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TenantSummary } from '../../../../contracts/index.js';
import { Badge } from '../../../components/ui/badge.js';
import { Card, CardContent } from '../../../components/ui/card.js';
import { formatDate } from '../../../lib/format.js';
import { useLanguage } from '../../../i18n/language.js';

export function TenantSummaryCard({ tenant }: { tenant: TenantSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Card>
      <CardContent className="grid gap-6 pt-6 sm:grid-cols-3">
        <Fact icon={<Building2 />} label={t('overview.tenant')}>
          <span className="truncate" dir="auto">
            {tenant.name}
          </span>
          <span className="font-mono text-xs font-normal text-muted-foreground" dir="ltr">
            {tenant.slug}
          </span>
        </Fact>
        <Fact icon={<ShieldCheck />} label={t('overview.tier')}>
          <span className="flex items-center gap-2">
            {t(`tiers.${tenant.tier}`)}
            <Badge variant="muted">{t(`roles.${tenant.role}`)}</Badge>
          </span>
        </Fact>
        <Fact icon={<CalendarDays />} label={t('overview.created')}>
          {formatDate(tenant.createdAt, language)}
        </Fact>
      </CardContent>
    </Card>
  );
}

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 items-start gap-3">
      <div className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-accent text-accent-foreground [&_svg]:size-4.5">
        {icon}
      </div>
      <div className="grid min-w-0 gap-0.5">
        <span className="text-xs text-muted-foreground">{label}</span>
        <span className="grid min-w-0 text-sm font-semibold">{children}</span>
      </div>
    </div>
  );
}
