import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useSession } from '../../features/auth/api/get-session.js';
import { SignupForm } from '../../features/auth/components/signup-form.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { AuthLayout } from '../layout/auth-layout.js';

export function SignupRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.signup.title'));
  const session = useSession();
  if (session.data) return <Navigate to="/" replace />;
  return (
    <AuthLayout title={t('auth.signup.title')} subtitle={t('auth.signup.subtitle')}>
      <SignupForm />
    </AuthLayout>
  );
}
