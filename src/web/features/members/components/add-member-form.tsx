import { UserPlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { AddMemberRequest } from '../../../../contracts/index.js';
import { FieldShell, TextField } from '../../../components/form-field.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import { useValidatedForm } from '../../../lib/use-validated-form.js';
import { useAddMember } from '../api/add-member.js';
import { RoleSelect } from './role-select.js';

export function AddMemberForm({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const addMember = useAddMember(tenantId);
  const { fieldErrors, handleSubmit, showServerErrors } = useValidatedForm(
    AddMemberRequest,
    (values, form) => {
      addMember.mutate(values, { onSuccess: () => form.reset(), onError: showServerErrors });
    },
  );
  return (
    <form noValidate onSubmit={handleSubmit} className="grid gap-4">
      {addMember.isError ? <ProblemAlert error={addMember.error} /> : null}
      {addMember.isSuccess ? (
        <Alert variant="success" role="status">
          {t('members.added', { email: addMember.data.email })}
        </Alert>
      ) : null}
      <div className="grid items-start gap-4 md:grid-cols-[1fr_12rem_auto]">
        <TextField
          label={t('members.emailLabel')}
          name="email"
          type="email"
          autoComplete="off"
          placeholder={t('members.emailPlaceholder')}
          error={fieldErrors.email}
        />
        <FieldShell label={t('members.roleLabel')} error={fieldErrors.role}>
          {(control) => <RoleSelect name="role" defaultValue="developer" {...control} />}
        </FieldShell>
        <Button type="submit" disabled={addMember.isPending} className="md:mt-[1.375rem]">
          <UserPlus />
          {t('members.addSubmit')}
        </Button>
      </div>
    </form>
  );
}
