import { useTranslation } from 'react-i18next';
import type { Inference } from '../../../../contracts/index.js';

/** How the provider understood the message: its summary, then each decision it made and why. */
export function ReplyExplanation({ summary, inferences }: { summary: string; inferences: Inference[] }) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-2">
      <p dir="auto" className="whitespace-pre-wrap leading-relaxed">
        {summary}
      </p>
      {inferences.length > 0 ? (
        <details className="group rounded-lg border bg-muted/40 px-3 py-2">
          <summary className="cursor-pointer text-xs font-medium text-muted-foreground focus-visible:outline-2 focus-visible:outline-ring">
            {t('chat.inferences')} ({inferences.length})
          </summary>
          <ul className="mt-2 grid gap-1.5">
            {inferences.map((inference, index) => (
              <li key={index} className="grid gap-0.5 text-xs">
                <span>
                  <span className="font-medium text-primary">
                    {t(`chat.inferenceKinds.${inference.kind}`)}
                  </span>
                  {' · '}
                  <span className="font-medium">{inference.subject}</span>
                </span>
                <span className="text-muted-foreground">{inference.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
