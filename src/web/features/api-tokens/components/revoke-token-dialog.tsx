import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../../contracts/index.js';
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
import { useRevokeApiToken } from '../api/revoke-api-token.js';

/** Revoking breaks every script that uses the token, so it is confirmed first. */
export function RevokeTokenDialog({ token, onClose }: { token: ApiToken | null; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiToken();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <Dialog open={token !== null} onOpenChange={(open) => !open && close()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t('tokens.revokeTitle')}</DialogTitle>
          <DialogDescription>{t('tokens.revokeBody', { name: token?.name ?? '' })}</DialogDescription>
        </DialogHeader>
        {revoke.isError ? <ProblemAlert error={revoke.error} /> : null}
        <DialogFooter>
          <Button variant="outline" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="destructive"
            disabled={revoke.isPending}
            onClick={() => token && revoke.mutate(token.id, { onSuccess: close })}
          >
            {t('tokens.revoke')}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
