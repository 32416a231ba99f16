import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.js';
import { MembersPanel } from '../../features/members/components/members-panel.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { RequireTenant } from '../layout/require-tenant.js';
import { useSignedInSession } from '../layout/use-signed-in-session.js';

export function MembersRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.members'));
  const { user } = useSignedInSession();
  return (
    <RequireTenant>
      <PageHeader title={t('members.title')} description={t('members.description')} />
      <MembersPanel currentUserId={user.id} />
    </RequireTenant>
  );
}
