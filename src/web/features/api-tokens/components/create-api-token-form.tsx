import { KeyRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { FieldShell, TextField } from '../../../components/form-field.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from '../../../components/ui/select.js';
import { useValidatedForm } from '../../../lib/use-validated-form.js';
import type { CreatedApiToken } from '../../../../contracts/index.js';
import { CreateApiTokenForm, useCreateApiToken } from '../api/create-api-token.js';

const EXPIRY_CHOICES = ['30', '90', '365', 'never'] as const;

export function CreateApiTokenFormView({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const createToken = useCreateApiToken();
  const { fieldErrors, handleSubmit, showServerErrors } = useValidatedForm(
    CreateApiTokenForm,
    (values, form) => {
      createToken.mutate(values, {
        onSuccess: (token) => {
          form.reset();
          onCreated(token);
        },
        onError: showServerErrors,
      });
    },
  );
  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4">
      {createToken.isError ? <ProblemAlert error={createToken.error} /> : null}
      <div className="grid items-start gap-4 md:grid-cols-[1fr_12rem_auto]">
        <TextField
          label={t('tokens.nameLabel')}
          name="name"
          autoComplete="off"
          placeholder={t('tokens.namePlaceholder')}
          error={fieldErrors.name}
        />
        <FieldShell label={t('tokens.expiryLabel')} error={fieldErrors.expiresInDays}>
          {(control) => (
            <Select name="expiresInDays" defaultValue="90">
              <SelectTrigger {...control}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {EXPIRY_CHOICES.map((choice) => (
                  <SelectItem key={choice} value={choice}>
                    {choice === 'never' ? t('tokens.expiryNever') : t('tokens.expiryDays', { days: choice })}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          )}
        </FieldShell>
        <Button type="submit" disabled={createToken.isPending} className="md:mt-[1.375rem]">
          <KeyRound />
          {t('tokens.create')}
        </Button>
      </div>
    </form>
  );
}
