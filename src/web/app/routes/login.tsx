import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../../features/auth/api/get-session.js';
import { LoginForm } from '../../features/auth/components/login-form.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { AuthLayout } from '../layout/auth-layout.js';

export function LoginRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.login.title'));
  const session = useSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  // Someone already signed in has no business on this page.
  if (session.data) return <Navigate to={from} replace />;
  return (
    <AuthLayout title={t('auth.login.title')} subtitle={t('auth.login.subtitle')}>
      <LoginForm redirectTo={from} />
    </AuthLayout>
  );
}
