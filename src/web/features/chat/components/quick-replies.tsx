import { MessageCircleQuestion } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';

/** The provider's open questions as buttons: picking one puts it in the message box to be answered. */
export function QuickReplies({
  questions,
  onPick,
  disabled,
}: {
  questions: string[];
  onPick: (question: string) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  if (questions.length === 0) return null;
  return (
    <div className="grid gap-2">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-muted-foreground">
        {t('chat.openQuestions')}
      </h3>
      <ul className="flex flex-wrap gap-2" aria-label={t('chat.quickReplyHint')}>
        {questions.map((question) => (
          <li key={question}>
            <Button
              variant="outline"
              size="sm"
              disabled={disabled}
              className="h-auto max-w-full whitespace-normal py-1.5 text-start"
              onClick={() => onPick(question)}
            >
              <MessageCircleQuestion aria-hidden="true" />
              {question}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
