import { useTranslation } from 'react-i18next';
import { ChatBubble } from './chat-bubble.js';

/** The reply as it is written; a live region so a screen reader hears it arrive. */
export function StreamingReply({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <ChatBubble speaker="assistant">
      <p dir="auto" aria-live="polite" aria-busy="true" className="whitespace-pre-wrap leading-relaxed">
        {text || <span className="animate-pulse text-muted-foreground">{t('chat.thinking')}</span>}
      </p>
    </ChatBubble>
  );
}
