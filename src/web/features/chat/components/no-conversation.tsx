import { MessagesSquare } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.js';
import { ErrorState } from '../../../components/error-state.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { Button } from '../../../components/ui/button.js';
import { useCurrentTenant } from '../../../lib/current-tenant.js';
import { useChatHistory } from '../api/get-chat-history.js';
import { usePlatformSummary } from '../api/get-platform.js';
import { useStartSession } from '../api/start-session.js';
import { ChatThread } from './chat-thread.js';

/**
 * A platform nobody has talked to yet (forked, imported or made by hand): the versions it has so far,
 * and a way to start the conversation.
 */
export function NoConversation({ platformId }: { platformId: string }) {
  const { t } = useTranslation();
  const tenant = useCurrentTenant();
  const history = useChatHistory(tenant.id, platformId, []);
  const platform = usePlatformSummary(tenant.id, platformId);
  const startSession = useStartSession(tenant.id, platformId);
  return (
    <div className="grid gap-4">
      {history.error ? <ErrorState error={history.error} onRetry={history.retry} /> : null}
      {history.timeline && history.timeline.length > 0 ? (
        <ChatThread
          platformId={platformId}
          timeline={history.timeline}
          currentVersion={platform.data?.currentVersion}
          pending={null}
          onQuickReply={() => undefined}
        />
      ) : null}
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
    </div>
  );
}
