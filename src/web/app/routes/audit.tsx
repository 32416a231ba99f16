import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.js';
import { AuditLogPanel } from '../../features/audit/components/audit-log-panel.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireTenant } from '../layout/require-tenant.js';

export function AuditRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.audit'));
  return (
    <RequireTenant>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <AuditLogPanel />
    </RequireTenant>
  );
}
