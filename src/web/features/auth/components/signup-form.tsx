import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SignUpRequest } from '../../../../contracts/index.js';
import { TextField } from '../../../components/form-field.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import { useValidatedForm } from '../../../lib/use-validated-form.js';
import { useSetupStatus } from '../api/get-setup-status.js';
import { useSignUp } from '../api/sign-up.js';

export function SignupForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const setupStatus = useSetupStatus();
  // The first account becomes the installation's owner; away from the server's machine that needs the setup token.
  const isFirstAccount = setupStatus.data?.ownerExists === false;
  const { fieldErrors, handleSubmit, showServerErrors } = useValidatedForm(SignUpRequest, (values) => {
    signUp.mutate(values, {
      onSuccess: () => void navigate('/', { replace: true }),
      onError: showServerErrors,
    });
  });

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4">
      {isFirstAccount ? <Alert>{t('auth.signup.firstAccount')}</Alert> : null}
      {signUp.isError ? <ProblemAlert error={signUp.error} /> : null}
      <TextField
        label={t('auth.displayName')}
        name="displayName"
        autoComplete="name"
        required
        error={fieldErrors.displayName}
      />
      <TextField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={fieldErrors.email}
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t('auth.signup.passwordHint')}
        error={fieldErrors.password}
      />
      {isFirstAccount ? (
        <TextField
          label={t('auth.signup.setupToken')}
          name="setupToken"
          autoComplete="off"
          hint={t('auth.signup.setupTokenHint')}
          error={fieldErrors.setupToken}
        />
      ) : null}
      <Button type="submit" className="mt-2 w-full" disabled={signUp.isPending}>
        {signUp.isPending ? t('auth.signup.submitting') : t('auth.signup.submit')}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        {t('auth.signup.haveAccount')}{' '}
        <Link to="/login" className="font-medium text-primary underline-offset-4 hover:underline">
          {t('auth.signup.loginLink')}
        </Link>
      </p>
    </form>
  );
}
