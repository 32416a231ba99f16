import { useTranslation } from 'react-i18next';
import { CreateTenantRequest, type TenantSummary } from '../../../../contracts/index.js';
import { TextField } from '../../../components/form-field.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { useValidatedForm } from '../../../lib/use-validated-form.js';
import { useCreateTenant } from '../api/create-tenant.js';

export function CreateTenantForm({ onCreated }: { onCreated?: (tenant: TenantSummary) => void }) {
  const { t } = useTranslation();
  const createTenant = useCreateTenant();
  const { fieldErrors, handleSubmit, showServerErrors } = useValidatedForm(CreateTenantRequest, (values) => {
    createTenant.mutate(values, { onSuccess: onCreated, onError: showServerErrors });
  });
  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4">
      {createTenant.isError ? <ProblemAlert error={createTenant.error} /> : null}
      <TextField
        label={t('tenants.nameLabel')}
        name="name"
        required
        placeholder={t('tenants.namePlaceholder')}
        hint={t('tenants.nameHint')}
        error={fieldErrors.name}
      />
      <Button type="submit" disabled={createTenant.isPending} className="justify-self-end">
        {t('tenants.createSubmit')}
      </Button>
    </form>
  );
}
