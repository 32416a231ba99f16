import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contracts/index.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { useRemoveMember } from '../api/remove-member.js';

interface RemoveMemberDialogProps {
  tenantId: string;
  member: Member | null;
  onClose: () => void;
}

/** Removing someone is confirmed first: it takes their access away at once. */
export function RemoveMemberDialog({ tenantId, member, onClose }: RemoveMemberDialogProps) {
  const { t } = useTranslation();
  const removeMember = useRemoveMember(tenantId);
  const close = () => {
    removeMember.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={member !== null}
      title={t('members.removeTitle')}
      body={t('members.removeBody', { name: member?.displayName ?? '', email: member?.email ?? '' })}
      confirmLabel={t('members.removeConfirm')}
      pending={removeMember.isPending}
      error={removeMember.isError ? removeMember.error : null}
      onConfirm={() => member && removeMember.mutate(member.id, { onSuccess: close })}
      onClose={close}
    />
  );
}
