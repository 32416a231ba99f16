import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../components/ui/card.js';
import { ApiTokensPanel } from '../../features/api-tokens/components/api-tokens-panel.js';
import { ProfileForm } from '../../features/profile/components/profile-form.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { useSignedInSession } from '../layout/use-signed-in-session.js';

/** Personal settings; they need no tenant, so they work before the first tenant exists. */
export function SettingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('nav.settings'));
  const { user } = useSignedInSession();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <div className="grid grid-cols-1 gap-6">
        <Card>
          <CardHeader>
            <CardTitle>{t('profile.title')}</CardTitle>
            <CardDescription>{t('profile.description')}</CardDescription>
          </CardHeader>
          <CardContent>
            {/* Keyed by user so the form's defaults follow a fresh save or another account. */}
            <ProfileForm key={`${user.id}:${user.displayName}:${user.locale}`} user={user} />
          </CardContent>
        </Card>
        <ApiTokensPanel />
      </div>
    </>
  );
}
