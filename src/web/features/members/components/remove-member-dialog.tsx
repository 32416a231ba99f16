import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contracts/index.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '../../../components/ui/dialog.js';
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
    <Dialog open={member !== null} onOpenChange={(open) => !open && close()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t('members.removeTitle')}</DialogTitle>
          <DialogDescription>
            {t('members.removeBody', { name: member?.displayName ?? '', email: member?.email ?? '' })}
          </DialogDescription>
        </DialogHeader>
        {removeMember.isError ? <ProblemAlert error={removeMember.error} /> : null}
        <DialogFooter>
          <Button variant="outline" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="destructive"
            disabled={removeMember.isPending}
            onClick={() => member && removeMember.mutate(member.id, { onSuccess: close })}
          >
            {t('members.removeConfirm')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
