import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../lib/build-timeline.js';
import { MessageTurn } from './message-turn.js';
import { SessionDivider } from './session-divider.js';
import { PendingTurn } from './pending-turn.js';
import { VersionTurn } from './version-turn.js';

interface ChatThreadProps {
  platformId: string;
  timeline: readonly TimelineEntry[];
  currentVersion: number | undefined;
  /** The message being answered and the reply's text so far, while a reply streams in. */
  pending: { text: string; streamedText: string } | null;
  onQuickReply: (question: string) => void;
}

/** The platform's story, oldest first, with the reply being written (if any) at the end. */
export function ChatThread({ platformId, timeline, currentVersion, pending, onQuickReply }: ChatThreadProps) {
  const { t } = useTranslation();
  const lastReply = timeline.findLast((entry) => entry.kind === 'message' && entry.message.kind === 'reply');
  return (
    <ol aria-label={t('chat.messagesLabel')} className="grid gap-4">
      {timeline.map((entry) => {
        if (entry.kind === 'session')
          return <SessionDivider key={`session ${entry.session.id}`} session={entry.session} />;
        if (entry.kind === 'version') {
          return (
            <VersionTurn
              key={`version ${entry.version.version}`}
              platformId={platformId}
              version={entry.version}
              currentVersion={currentVersion}
            />
          );
        }
        return (
          <MessageTurn
            key={`message ${entry.message.sessionId} ${entry.message.seq}`}
            platformId={platformId}
            message={entry.message}
            currentVersion={currentVersion}
            offerQuestions={entry === lastReply && pending === null}
            onQuickReply={onQuickReply}
          />
        );
      })}
      {pending ? <PendingTurn text={pending.text} streamedText={pending.streamedText} /> : null}
    </ol>
  );
}
