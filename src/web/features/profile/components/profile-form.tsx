import { useTranslation } from 'react-i18next';
import { UpdateProfileRequest, type User } from '../../../../contracts/index.js';
import { FieldShell, TextField } from '../../../components/form-field.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from '../../../components/ui/select.js';
import { changeLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../../i18n/language.js';
import { useValidatedForm } from '../../../lib/use-validated-form.js';
import { useUpdateProfile } from '../api/update-profile.js';

export function ProfileForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const updateProfile = useUpdateProfile();
  const { fieldErrors, handleSubmit, showServerErrors } = useValidatedForm(UpdateProfileRequest, (values) => {
    updateProfile.mutate(values, {
      // Choosing a preferred language is also choosing it for this screen now.
      onSuccess: (saved) => changeLanguage(saved.locale),
      onError: showServerErrors,
    });
  });
  return (
    <form noValidate onSubmit={handleSubmit} className="grid max-w-lg gap-4">
      {updateProfile.isError ? <ProblemAlert error={updateProfile.error} /> : null}
      {updateProfile.isSuccess ? (
        <Alert variant="success" role="status">
          {t('profile.saved')}
        </Alert>
      ) : null}
      <TextField
        label={t('profile.displayName')}
        name="displayName"
        autoComplete="name"
        defaultValue={user.displayName}
        error={fieldErrors.displayName}
      />
      <TextField
        label={t('profile.email')}
        name="email-readonly"
        value={user.email}
        readOnly
        disabled
        hint={t('profile.emailHint')}
      />
      <FieldShell label={t('profile.locale')} error={fieldErrors.locale} hint={t('profile.localeHint')}>
        {(control) => (
          <Select name="locale" defaultValue={user.locale}>
            <SelectTrigger {...control}>
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {LANGUAGES.map((language) => (
                <SelectItem key={language} value={language}>
                  {LANGUAGE_NAMES[language]}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        )}
      </FieldShell>
      <Button type="submit" disabled={updateProfile.isPending} className="justify-self-start">
        {t('common.save')}
      </Button>
    </form>
  );
}
