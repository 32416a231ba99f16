import { useTranslation } from 'react-i18next';
import { roleAtLeast, type DeploymentSummary } from '../../../../contracts/index.js';
import { Card, CardContent, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useDeployment } from '../api/get-deployment.js';
import { AdminCredentials } from './admin-credentials.js';
import { DeploymentActions } from './deployment-actions.js';
import { DeploymentFacts } from './deployment-facts.js';
import { DeploymentLogs } from './deployment-logs.js';

/** One deployment in full: facts and health history, actions, the platform's admin login, live logs. */
export function DeploymentOverview({ deployment, title }: { deployment: DeploymentSummary; title: string }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const detail = useDeployment(tenant.id, deployment.platformId, deployment.id);
  return (
    <>
      <Card>
        <CardHeader>
          <CardTitle>{title}</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-5">
          <DeploymentFacts deployment={deployment} detail={detail.data} />
          <DeploymentActions tenantId={tenant.id} deployment={deployment} />
          {roleAtLeast(tenant.role, 'admin') && deployment.target === 'local' ? (
            <AdminCredentials tenantId={tenant.id} platformId={deployment.platformId} />
          ) : null}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t('deployments.logs.title')}</CardTitle>
        </CardHeader>
        <CardContent>
          {/* Keyed: another deployment's log starts afresh, not appended to this one's. */}
          <DeploymentLogs key={deployment.id} tenantId={tenant.id} deployment={deployment} />
        </CardContent>
      </Card>
    </>
  );
}
