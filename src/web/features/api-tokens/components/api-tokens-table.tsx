import { KeyRound } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { Badge } from '../../../components/ui/badge.js';
import { Button } from '../../../components/ui/button.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { formatDate } from '../../../lib/format.js';
import { useLanguage } from '../../../i18n/language.js';
import { RevokeTokenDialog } from './revoke-token-dialog.js';

type TokenStatus = 'active' | 'revoked' | 'expired';

function statusOf(token: ApiToken, now: number): TokenStatus {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

const STATUS_BADGE = { active: 'success', revoked: 'muted', expired: 'destructive' } as const;

export function ApiTokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const now = Date.now();
  if (tokens.length === 0) {
    return (
      <EmptyState icon={KeyRound} title={t('tokens.emptyTitle')} description={t('tokens.emptyDescription')} />
    );
  }
  const dateOrDash = (iso: string | null, empty: string) => (iso ? formatDate(iso, language) : empty);
  return (
    <>
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>{t('tokens.columns.name')}</TableHead>
            <TableHead>{t('tokens.columns.created')}</TableHead>
            <TableHead>{t('tokens.columns.lastUsed')}</TableHead>
            <TableHead>{t('tokens.columns.expires')}</TableHead>
            <TableHead>{t('tokens.columns.status')}</TableHead>
            <TableHead className="w-24">
              <span className="sr-only">{t('common.actions')}</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.map((token) => {
            const status = statusOf(token, now);
            return (
              <TableRow key={token.id}>
                <TableCell>
                  <div className="grid">
                    <span className="font-medium">{token.name}</span>
                    <span className="font-mono text-xs text-muted-foreground" dir="ltr">
                      {token.prefix}…
                    </span>
                  </div>
                </TableCell>
                <TableCell className="text-muted-foreground">
                  {formatDate(token.createdAt, language)}
                </TableCell>
                <TableCell className="text-muted-foreground">
                  {dateOrDash(token.lastUsedAt, t('tokens.neverUsed'))}
                </TableCell>
                <TableCell className="text-muted-foreground">
                  {dateOrDash(token.expiresAt, t('tokens.noExpiry'))}
                </TableCell>
                <TableCell>
                  <Badge variant={STATUS_BADGE[status]}>{t(`tokens.status.${status}`)}</Badge>
                </TableCell>
                <TableCell className="text-end">
                  {status === 'active' ? (
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-destructive hover:text-destructive"
                      aria-label={t('tokens.revokeNamed', { name: token.name })}
                      onClick={() => setRevoking(token)}
                    >
                      {t('tokens.revoke')}
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
