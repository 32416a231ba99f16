import { MessagesSquare } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatSessionSummary } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { LoadingRows } from '../../../components/loading-rows.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useChatHistory } from '../api/get-chat-history.js';
import { usePlatformSummary } from '../api/get-platform.js';
import { useSessions } from '../api/get-sessions.js';
import { usePostChatMessage } from '../api/post-chat-message.js';
import { ChatThread } from './chat-thread.js';
import { MessageComposer } from './message-composer.js';
import { NoConversation } from './no-conversation.js';

/** The conversation about one platform: its whole story, and the message box of its newest session. */
export function PlatformChat({ platformId }: { platformId: string }) {
  const tenant = useCurrentTenant();
  const sessions = useSessions(tenant.id, platformId);
  if (sessions.isPending) return <LoadingRows rows={3} />;
  if (sessions.isError) return <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  // Sessions come newest first; the newest is the conversation in progress, the others are history.
  const newest = sessions.data[0];
  if (!newest) return <NoConversation platformId={platformId} />;
  return <Conversation key={newest.id} platformId={platformId} sessions={sessions.data} newest={newest} />;
}

function Conversation({
  platformId,
  sessions,
  newest,
}: {
  platformId: string;
  sessions: readonly ChatSessionSummary[];
  newest: ChatSessionSummary;
}) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const history = useChatHistory(tenant.id, platformId, sessions);
  const platform = usePlatformSummary(tenant.id, platformId);
  // Only the newest conversation takes new messages.
  const post = usePostChatMessage(tenant.id, platformId, newest.id);
  const [draft, setDraft] = useState('');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const entryCount = history.timeline?.length;

  // Follow the story as it grows, per turn rather than per streamed character; not on first load,
  // which would scroll the page past the workspace header.
  const seenCount = useRef<number | null>(null);
  useEffect(() => {
    if (entryCount === undefined) return;
    if (seenCount.current !== null && (entryCount !== seenCount.current || post.isPending)) {
      endRef.current?.scrollIntoView?.({ block: 'nearest' });
    }
    seenCount.current = entryCount;
  }, [entryCount, post.isPending]);

  const send = (text: string) => {
    setDraft('');
    post.mutate(text, { onError: () => setDraft(text) });
  };
  const pickQuestion = (question: string) => {
    setDraft(`${question}\n`);
    textareaRef.current?.focus();
  };
  const hasTurns = history.timeline?.some((entry) => entry.kind !== 'session') ?? false;

  return (
    <section aria-label={t('chat.sessions.label')} className="grid gap-4">
      {history.error ? <ErrorState error={history.error} onRetry={history.retry} /> : null}
      {!history.timeline && !history.error ? <LoadingRows rows={3} /> : null}
      {history.timeline ? (
        <ChatThread
          platformId={platformId}
          timeline={history.timeline}
          currentVersion={platform.data?.currentVersion}
          pending={post.isPending ? { text: post.variables, streamedText: post.streamedText } : null}
          onQuickReply={pickQuestion}
        />
      ) : null}
      {history.timeline && !hasTurns && !post.isPending ? (
        <EmptyState
          icon={MessagesSquare}
          title={t('chat.empty.title')}
          description={t('chat.empty.description')}
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
