import { useTranslation } from 'react-i18next';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogHeader,
  DialogTitle,
} from '../../../components/ui/dialog.js';
import { CreateTenantForm } from './create-tenant-form.js';

export function CreateTenantDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t('tenants.createTitle')}</DialogTitle>
          <DialogDescription>{t('tenants.createDescription')}</DialogDescription>
        </DialogHeader>
        <CreateTenantForm onCreated={() => onOpenChange(false)} />
      </DialogContent>
    </Dialog>
  );
}
