import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../../components/copy-button.js';
import { Alert } from '../../../components/ui/alert.js';
import { Button } from '../../../components/ui/button.js';
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from '../../../components/ui/dialog.js';
import type { CreatedApiToken } from '../../../../contracts/index.js';

/** The server stores only a hash: this dialog is the one chance to copy the secret. */
export function CreatedTokenDialog({
  token,
  onClose,
}: {
  token: CreatedApiToken | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog open={token !== null} onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle>{t('tokens.createdTitle', { name: token?.name ?? '' })}</DialogTitle>
          <DialogDescription>{t('tokens.createdDescription')}</DialogDescription>
        </DialogHeader>
        <Alert>
          <TriangleAlert className="text-warning" />
          <p>{t('tokens.createdWarning')}</p>
        </Alert>
        <div className="flex items-center gap-2">
          <code
            dir="ltr"
            aria-label={t('tokens.secret')}
            className="min-w-0 flex-1 select-all break-all rounded-md border bg-muted px-3 py-2 font-mono text-xs"
          >
            {token?.token}
          </code>
          {token ? <CopyButton text={token.token} /> : null}
        </div>
        <DialogFooter>
          <Button onClick={onClose}>{t('tokens.done')}</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
