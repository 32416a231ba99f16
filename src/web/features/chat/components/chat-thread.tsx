import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../../contracts/index.js';
import { ChatBubble } from './chat-bubble.js';
import { QuickReplies } from './quick-replies.js';
import { ReplyExplanation } from './reply-explanation.js';
import { VersionTurnFooter } from './version-turn-footer.js';

interface ChatThreadProps {
  platformId: string;
  messages: ChatMessage[];
  currentVersion: number | undefined;
  /** The message being answered and the reply's text so far, while a reply streams in. */
  pending: { text: string; streamedText: string } | null;
  onQuickReply: (question: string) => void;
}

/** The conversation, oldest first, with the reply being written (if any) at the end. */
export function ChatThread({ platformId, messages, currentVersion, pending, onQuickReply }: ChatThreadProps) {
  const { t } = useTranslation();
  // Questions are only worth answering on the latest reply: later turns have moved past older ones.
  const lastReplySeq = messages.findLast((message) => message.kind === 'reply')?.seq;
  return (
    <ol aria-label={t('chat.messagesLabel')} className="grid gap-4">
      {messages.map((message) => {
        if (message.kind === 'message') {
          return (
            <ChatBubble key={message.seq} speaker="person" author={message.author.label}>
              <p dir="auto" className="whitespace-pre-wrap">
                {message.text}
              </p>
            </ChatBubble>
          );
        }
        if (message.kind === 'failure') {
          return (
            <ChatBubble key={message.seq} speaker="failure">
              <p className="font-medium">{t('chat.failure')}</p>
              <p dir="auto" className="whitespace-pre-wrap text-muted-foreground">
                {message.text}
              </p>
            </ChatBubble>
          );
        }
        return (
          <ChatBubble key={message.seq} speaker="assistant">
            <ReplyExplanation summary={message.text} inferences={message.inferences} />
            {message.seq === lastReplySeq && pending === null ? (
              <QuickReplies questions={message.openQuestions} onPick={onQuickReply} />
            ) : null}
            {message.version === null ? (
              <p className="text-xs text-muted-foreground">{t('chat.turn.unchanged')}</p>
            ) : (
              <VersionTurnFooter
                platformId={platformId}
                version={message.version}
                currentVersion={currentVersion}
              />
            )}
          </ChatBubble>
        );
      })}
      {pending ? (
        <>
          <ChatBubble speaker="person">
            <p dir="auto" className="whitespace-pre-wrap">
              {pending.text}
            </p>
          </ChatBubble>
          <StreamingReply text={pending.streamedText} />
        </>
      ) : null}
    </ol>
  );
}

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
