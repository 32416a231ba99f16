import { MessagesSquare } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { useLanguage } from '../../../i18n/language.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { formatDateTime } from '../../../lib/format.js';
import { useMessages } from '../api/get-messages.js';
import { usePlatformSummary } from '../api/get-platform.js';
import { useSessions } from '../api/get-sessions.js';
import { usePostChatMessage } from '../api/post-chat-message.js';
import { useStartSession } from '../api/start-session.js';
import { ChatThread } from './chat-thread.js';
import { MessageComposer } from './message-composer.js';

/** The conversation about one platform: its latest session, the thread, and the message box. */
export function PlatformChat({ platformId }: { platformId: string }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const sessions = useSessions(tenant.id, platformId);
  const startSession = useStartSession(tenant.id, platformId);
  const language = useLanguage();
  if (sessions.isPending) return <LoadingRows rows={3} />;
  if (sessions.isError) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  // Sessions come newest first; the newest is the conversation in progress.
  const session = sessions.data[0];
  if (!session) {
    return (
      <EmptyState
        icon={MessagesSquare}
        title={t('chat.noSessions.title')}
        description={t('chat.noSessions.description')}
        action={
          <div className="grid gap-2">
            <Button disabled={startSession.isPending} onClick={() => startSession.mutate()}>
              {t('chat.noSessions.start')}
            </Button>
            {startSession.isError ? <ProblemAlert error={startSession.error} /> : null}
          </div>
        }
      />
    );
  }
  return (
    <SessionChat
      key={session.id}
      platformId={platformId}
      sessionId={session.id}
      startedLabel={t('chat.sessions.started', {
        date: formatDateTime(session.startedAt, language),
        who: session.startedBy.label,
      })}
    />
  );
}

function SessionChat({
  platformId,
  sessionId,
  startedLabel,
}: {
  platformId: string;
  sessionId: string;
  startedLabel: string;
}) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const messages = useMessages(tenant.id, platformId, sessionId);
  const platform = usePlatformSummary(tenant.id, platformId);
  const post = usePostChatMessage(tenant.id, platformId, sessionId);
  const [draft, setDraft] = useState('');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const messageCount = messages.data?.length ?? 0;

  // Follow the conversation as it grows, per turn rather than per streamed character; not on first load,
  // which would scroll the page past the workspace header.
  const seenCount = useRef<number | null>(null);
  useEffect(() => {
    if (!messages.data) return;
    if (seenCount.current !== null && (messageCount !== seenCount.current || post.isPending)) {
      endRef.current?.scrollIntoView?.({ block: 'nearest' });
    }
    seenCount.current = messageCount;
  }, [messages.data, messageCount, post.isPending]);

  const send = (text: string) => {
    setDraft('');
    post.mutate(text, { onError: () => setDraft(text) });
  };
  const pickQuestion = (question: string) => {
    setDraft(`${question}\n`);
    textareaRef.current?.focus();
  };

  return (
    <section aria-label={t('chat.sessions.label')} className="grid gap-4">
      <p className="text-xs text-muted-foreground">{startedLabel}</p>
      {messages.isPending ? <LoadingRows rows={3} /> : null}
      {messages.isError ? (
        <ErrorState error={messages.error} onRetry={() => void messages.refetch()} />
      ) : null}
      {messages.data?.length === 0 && !post.isPending ? (
        <EmptyState
          icon={MessagesSquare}
          title={t('chat.empty.title')}
          description={t('chat.empty.description')}
        />
      ) : null}
      {messages.data ? (
        <ChatThread
          platformId={platformId}
          messages={messages.data}
          currentVersion={platform.data?.currentVersion}
          pending={post.isPending ? { text: post.variables, streamedText: post.streamedText } : null}
          onQuickReply={pickQuestion}
        />
      ) : null}
      <div ref={endRef} />
      {post.isError ? <ProblemAlert error={post.error} /> : null}
      <MessageComposer
        value={draft}
        onChange={setDraft}
        onSend={send}
        pending={post.isPending}
        placeholder={t('chat.composer.placeholderRevise')}
        textareaRef={textareaRef}
      />
    </section>
  );
}
