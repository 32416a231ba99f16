import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../../contracts/index.js';
import { ChatBubble } from './chat-bubble.js';
import { QuickReplies } from './quick-replies.js';
import { ReplyExplanation } from './reply-explanation.js';
import { VersionTurnFooter } from './version-turn-footer.js';

interface MessageTurnProps {
  platformId: string;
  message: ChatMessage;
  currentVersion: number | undefined;
  /** Only the latest reply offers its questions: later turns have moved past older ones. */
  offerQuestions: boolean;
  onQuickReply: (question: string) => void;
}

/** One stored turn of a conversation: what the person wrote, the reply with its version, or a failure. */
export function MessageTurn({
  platformId,
  message,
  currentVersion,
  offerQuestions,
  onQuickReply,
}: MessageTurnProps) {
  const { t } = useTranslation();
  if (message.kind === 'message') {
    return (
      <ChatBubble speaker="person" author={message.author.label}>
        <p dir="auto" className="whitespace-pre-wrap">
          {message.text}
        </p>
      </ChatBubble>
    );
  }
  if (message.kind === 'failure') {
    return (
      <ChatBubble speaker="failure">
        <p className="font-medium">{t('chat.failure')}</p>
        <p dir="auto" className="whitespace-pre-wrap text-muted-foreground">
          {message.text}
        </p>
      </ChatBubble>
    );
  }
  return (
    <ChatBubble speaker="assistant">
      <ReplyExplanation summary={message.text} inferences={message.inferences} />
      {offerQuestions ? <QuickReplies questions={message.openQuestions} onPick={onQuickReply} /> : null}
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
}
