import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LogInRequest } from '../../../../contracts/index.js';
import { TextField } from '../../../components/form-field.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { isApiError } from '../../../lib/api-error.js';
import { useValidatedForm } from '../../../lib/use-validated-form.js';
import { useLogIn } from '../api/log-in.js';

export function LoginForm({ redirectTo }: { redirectTo: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logIn = useLogIn();
  const { fieldErrors, handleSubmit, showServerErrors } = useValidatedForm(LogInRequest, (values) => {
    logIn.mutate(values, {
      onSuccess: () => void navigate(redirectTo, { replace: true }),
      onError: showServerErrors,
    });
  });
  // A 401 here means the email or password is wrong; saying which would help someone guessing accounts.
  const wrongCredentials = isApiError(logIn.error) && logIn.error.status === 401;

  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4">
      {logIn.isError ? (
        <ProblemAlert
          error={logIn.error}
          {...(wrongCredentials ? { message: t('auth.login.invalidCredentials') } : {})}
        />
      ) : null}
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
        autoComplete="current-password"
        required
        error={fieldErrors.password}
      />
      <Button type="submit" className="mt-2 w-full" disabled={logIn.isPending}>
        {logIn.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
      </Button>
      <p className="text-center text-sm text-muted-foreground">
        {t('auth.login.noAccount')}{' '}
        <Link to="/signup" className="font-medium text-primary underline-offset-4 hover:underline">
          {t('auth.login.signupLink')}
        </Link>
      </p>
    </form>
  );
}
