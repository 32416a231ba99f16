import { useTranslation } from 'react-i18next';
import { EventsExplorer } from '../../features/events/components/events-explorer.js';
import { useCurrentTenant } from '../../lib/current-tenant.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireTenant } from '../layout/require-tenant.js';

export function Component() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.events'));
  return (
    <RequireTenant>
      <TenantEvents />
    </RequireTenant>
  );
}

function TenantEvents() {
  const tenant = useCurrentTenant();
  // Keyed by tenant: another tenant's explorer starts empty instead of mixing live events.
  return <EventsExplorer key={tenant.id} tenantId={tenant.id} />;
}
