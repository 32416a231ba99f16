import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../../contracts/index.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
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
    <ConfirmDialog
      open={token !== null}
      title={t('tokens.revokeTitle')}
      body={t('tokens.revokeBody', { name: token?.name ?? '' })}
      confirmLabel={t('tokens.revoke')}
      pending={revoke.isPending}
      error={revoke.isError ? revoke.error : null}
      onConfirm={() => token && revoke.mutate(token.id, { onSuccess: close })}
      onClose={close}
    />
  );
}
