import { KeyRound, ScrollText, Users, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.js';
import { QuotaUsageCard } from '../../features/tenants/components/quota-usage-card.js';
import { TenantSummaryCard } from '../../features/tenants/components/tenant-summary-card.js';
import { useCurrentTenant } from '../../lib/current-tenant.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireTenant } from '../layout/require-tenant.js';
import { useSignedInSession } from '../layout/use-signed-in-session.js';

export function OverviewRoute() {
  return (
    <RequireTenant>
      <Overview />
    </RequireTenant>
  );
}

function Overview() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.overview'));
  const { user } = useSignedInSession();
  const tenant = useCurrentTenant();
  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={t('overview.welcome', { name: user.displayName })}
      />
      <div className="grid grid-cols-1 gap-6">
        <TenantSummaryCard tenant={tenant} />
        <QuotaUsageCard tenantId={tenant.id} />
        <section aria-labelledby="next-steps" className="grid gap-3">
          <h2 id="next-steps" className="text-sm font-semibold">
            {t('overview.nextSteps')}
          </h2>
          <div className="grid gap-4 md:grid-cols-3">
            <NextStep
              to="/members"
              icon={Users}
              title={t('overview.steps.members.title')}
              body={t('overview.steps.members.body')}
            />
            <NextStep
              to="/audit"
              icon={ScrollText}
              title={t('overview.steps.audit.title')}
              body={t('overview.steps.audit.body')}
            />
            <NextStep
              to="/settings"
              icon={KeyRound}
              title={t('overview.steps.tokens.title')}
              body={t('overview.steps.tokens.body')}
            />
          </div>
        </section>
      </div>
    </>
  );
}

function NextStep({
  to,
  icon: Icon,
  title,
  body,
}: {
  to: string;
  icon: LucideIcon;
  title: string;
  body: string;
}) {
  return (
    <Link
      to={to}
      className="group flex gap-3 rounded-xl border bg-card p-4 shadow-xs transition-colors hover:border-primary/40 hover:bg-accent/40"
    >
      <Icon className="mt-0.5 size-4.5 shrink-0 text-primary" aria-hidden="true" />
      <span className="grid gap-1">
        <span className="text-sm font-medium">{title}</span>
        <span className="text-xs text-muted-foreground">{body}</span>
      </span>
    </Link>
  );
}
