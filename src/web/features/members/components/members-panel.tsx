import { useTranslation } from 'react-i18next';
import { roleAtLeast } from '../../../../contracts/index.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useMembers } from '../api/get-members.js';
import { AddMemberForm } from './add-member-form.js';
import { MembersTable } from './members-table.js';

/** The Members page body: who belongs to the current tenant, and (for admins) adding and managing them. */
export function MembersPanel({ currentUserId }: { currentUserId: string }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const members = useMembers(tenant.id);
  const canManage = roleAtLeast(tenant.role, 'admin');
  return (
    <div className="grid grid-cols-1 gap-6">
      {canManage ? (
        <Card>
          <CardHeader>
            <CardTitle>{t('members.addTitle')}</CardTitle>
            <CardDescription>{t('members.addDescription')}</CardDescription>
          </CardHeader>
          <CardContent>
            <AddMemberForm tenantId={tenant.id} />
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle>{t('members.listTitle')}</CardTitle>
          <CardDescription>
            {canManage ? t('members.listDescription') : t('members.listDescriptionReadOnly')}
          </CardDescription>
        </CardHeader>
        <CardContent className="px-2 sm:px-2">
          {members.isPending ? (
            <div className="px-4">
              <LoadingRows />
            </div>
          ) : null}
          {members.isError ? (
            <ErrorState error={members.error} onRetry={() => void members.refetch()} />
          ) : null}
          {members.data ? (
            <MembersTable
              tenantId={tenant.id}
              members={members.data}
              currentUserId={currentUserId}
              canManage={canManage}
            />
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
