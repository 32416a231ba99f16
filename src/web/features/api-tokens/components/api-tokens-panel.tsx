import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '../../../components/ui/card.js';
import { Separator } from '../../../components/ui/separator.js';
import type { CreatedApiToken } from '../../../../contracts/index.js';
import { useApiTokens } from '../api/get-api-tokens.js';
import { ApiTokensTable } from './api-tokens-table.js';
import { CreateApiTokenFormView } from './create-api-token-form.js';
import { CreatedTokenDialog } from './created-token-dialog.js';

/** Personal API tokens for the CLI and scripts: create (secret shown once), list, revoke. */
export function ApiTokensPanel() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t('tokens.title')}</CardTitle>
        <CardDescription>{t('tokens.description')}</CardDescription>
      </CardHeader>
      <CardContent className="grid grid-cols-1 gap-6">
        <CreateApiTokenFormView onCreated={setCreated} />
        <Separator />
        <div className="-mx-4">
          {tokens.isPending ? (
            <div className="px-4">
              <LoadingRows rows={2} />
            </div>
          ) : null}
          {tokens.isError ? <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} /> : null}
          {tokens.data ? <ApiTokensTable tokens={tokens.data} /> : null}
        </div>
      </CardContent>
      <CreatedTokenDialog token={created} onClose={() => setCreated(null)} />
    </Card>
  );
}
