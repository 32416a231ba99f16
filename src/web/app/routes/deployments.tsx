import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.js';
import { TenantDeploymentsPanel } from '../../features/deployments/components/tenant-deployments-panel.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireTenant } from '../layout/require-tenant.js';

/** All platforms' deployments in the tenant (lazily loaded by the router). */
export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t('deployments.pageTitle'));
  return (
    <RequireTenant>
      <PageHeader title={t('deployments.pageTitle')} description={t('deployments.pageDescription')} />
      <TenantDeploymentsPanel />
    </RequireTenant>
  );
}
