import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useDescribeProblem } from '../lib/describe-problem.js';
import { Alert } from './ui/alert.js';

/** A form-level or action error: what went wrong in the user's language, and what to do next. */
export function ProblemAlert({ error, message }: { error: unknown; message?: string }) {
  const { t } = useTranslation();
  const problem = useDescribeProblem(error);
  return (
    <Alert variant="destructive" role="alert">
      <CircleAlert />
      <div className="grid gap-1">
        <p className="font-medium">{message ?? problem.message}</p>
        {problem.detail ? <p className="text-foreground/80">{problem.detail}</p> : null}
        {problem.requestId ? (
          <p className="text-xs text-muted-foreground">
            {t('problems.reference', { id: problem.requestId })}
          </p>
        ) : null}
      </div>
    </Alert>
  );
}
