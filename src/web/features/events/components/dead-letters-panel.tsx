import { MailCheck, RotateCcw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeadLetterView } from '../../../../contracts/index.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { useDeadLetters, useResolveDeadLetter } from '../api/dead-letters.js';

/** Events a subscription gave up on: replay runs its handler again, discard gives up for good (after asking). */
export function DeadLettersPanel({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation();
  const letters = useDeadLetters(tenantId);
  const replay = useResolveDeadLetter(tenantId, 'replay');
  const discard = useResolveDeadLetter(tenantId, 'discard');
  const [discarding, setDiscarding] = useState<DeadLetterView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (letters.isPending) return <LoadingRows rows={3} />;
  if (letters.isError) return <ErrorState error={letters.error} onRetry={() => void letters.refetch()} />;
  const closeDiscard = () => {
    setDiscarding(null);
    discard.reset();
  };
  return (
    <div className="grid gap-3">
      <p role="status" className="text-sm text-success empty:hidden">
        {notice}
      </p>
      {replay.error ? <ProblemAlert error={replay.error} /> : null}
      {letters.data.length === 0 ? (
        <EmptyState
          icon={MailCheck}
          title={t('events.deadLetters.empty')}
          description={t('events.deadLetters.emptyDescription')}
        />
      ) : (
        <Table>
          <caption className="sr-only">{t('events.deadLetters.caption')}</caption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>{t('events.deadLetters.subscription')}</TableHead>
              <TableHead>{t('events.deadLetters.event')}</TableHead>
              <TableHead>{t('events.deadLetters.attempts')}</TableHead>
              <TableHead>{t('events.deadLetters.error')}</TableHead>
              <TableHead className="text-end">{t('events.deadLetters.actions')}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {letters.data.map((letter) => {
              const names = { type: letter.eventType, subscription: letter.subscription };
              return (
                <TableRow key={letter.id} className="align-top">
                  <TableCell>
                    <code dir="ltr" className="font-mono text-xs">
                      {letter.subscription}
                    </code>
                  </TableCell>
                  <TableCell dir="ltr" className="font-mono text-xs">
                    <div>{letter.eventType}</div>
                    <div className="text-muted-foreground">{letter.streamId}</div>
                  </TableCell>
                  <TableCell className="tabular-nums">{letter.attempts}</TableCell>
                  <TableCell dir="ltr" className="max-w-72 break-words font-mono text-xs text-destructive">
                    {letter.lastError}
                  </TableCell>
                  <TableCell>
                    <div className="flex justify-end gap-2">
                      <Button
                        size="sm"
                        variant="outline"
                        aria-label={t('events.deadLetters.replayLabel', names)}
                        disabled={replay.isPending}
                        onClick={() => {
                          setNotice(null);
                          replay.mutate(letter.id, {
                            onSuccess: () => setNotice(t('events.deadLetters.replayed')),
                          });
                        }}
                      >
                        <RotateCcw aria-hidden className="size-4" />
                        {t('events.deadLetters.replay')}
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={t('events.deadLetters.discardLabel', names)}
                        onClick={() => {
                          setNotice(null);
                          setDiscarding(letter);
                        }}
                      >
                        <Trash2 aria-hidden className="size-4" />
                        {t('events.deadLetters.discard')}
                      </Button>
                    </div>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <ConfirmDialog
        open={discarding !== null}
        title={t('events.deadLetters.discardTitle')}
        body={t('events.deadLetters.discardBody', {
          subscription: discarding?.subscription,
          type: discarding?.eventType,
          stream: discarding?.streamId,
        })}
        confirmLabel={t('events.deadLetters.discard')}
        pending={discard.isPending}
        error={discard.error}
        onConfirm={() =>
          discarding &&
          discard.mutate(discarding.id, {
            onSuccess: () => {
              closeDiscard();
              setNotice(t('events.deadLetters.discarded'));
            },
          })
        }
        onClose={closeDiscard}
      />
    </div>
  );
}
