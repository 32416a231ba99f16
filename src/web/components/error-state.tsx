import { RefreshCw, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useDescribeProblem } from '../lib/describe-problem.js';
import { Button } from './ui/button.js';

/** Replaces content that failed to load; offers a retry because most failures here are transient. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const problem = useDescribeProblem(error);
  return (
    <div
      role="alert"
      className="flex flex-col items-center gap-3 rounded-xl border border-destructive/30 bg-destructive/5 px-6 py-12 text-center"
    >
      <TriangleAlert className="size-8 text-destructive" aria-hidden="true" />
      <h2 className="text-base font-semibold">{t('states.errorTitle')}</h2>
      <p className="max-w-md text-sm text-muted-foreground">{problem.message}</p>
      {problem.detail ? <p className="max-w-md text-xs text-muted-foreground">{problem.detail}</p> : null}
      {problem.requestId ? (
        <p className="text-xs text-muted-foreground">{t('problems.reference', { id: problem.requestId })}</p>
      ) : null}
      {onRetry ? (
        <Button variant="outline" size="sm" onClick={onRetry}>
          <RefreshCw />
          {t('states.retry')}
        </Button>
      ) : null}
    </div>
  );
}
