import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useAuditEntries } from '../api/get-audit-entries.js';
import { AuditLogTable } from './audit-log-table.js';
import { VerifyChain } from './verify-chain.js';

export function AuditLogPanel() {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const entries = useAuditEntries(tenant.id);
  return (
    <div className="grid grid-cols-1 gap-6">
      <Card>
        <CardHeader>
          <CardTitle>{t('audit.integrityTitle')}</CardTitle>
          <CardDescription>{t('audit.integrityDescription')}</CardDescription>
        </CardHeader>
        <CardContent>
          <VerifyChain tenantId={tenant.id} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t('audit.entriesTitle')}</CardTitle>
          <CardDescription>{t('audit.entriesDescription')}</CardDescription>
        </CardHeader>
        <CardContent className="px-2">
          {entries.isPending ? (
            <div className="px-4">
              <LoadingRows />
            </div>
          ) : null}
          {entries.isError ? (
            <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />
          ) : null}
          {entries.data ? <AuditLogTable entries={entries.data} /> : null}
        </CardContent>
      </Card>
    </div>
  );
}
