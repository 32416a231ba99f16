import type { ChatMessage, ChatSessionSummary } from '../../../../contracts/index.js';
import { buildTimeline, type TimelineEntry } from '../lib/build-timeline.js';
import { useMessagesOfSessions } from './get-messages.js';
import { usePlatformVersions } from '../../../lib/platform-versions.js';

export interface ChatHistory {
  /** `undefined` until every part has loaded once; kept while a refresh runs. */
  timeline: TimelineEntry[] | undefined;
  error: Error | null;
  /** Fetches again whatever failed. */
  retry: () => void;
}

/**
 * The platform's whole story for the chat: the messages of every conversation and the versions list,
 * read in parallel and told as one timeline. Every part lives under the platform's key, so a reply, an
 * edit elsewhere or a live event refreshes it like any other view of the platform.
 */
export function useChatHistory(
  tenantId: string,
  platformId: string,
  sessions: readonly ChatSessionSummary[],
): ChatHistory {
  const newest = sessions[0];
  // An older conversation with no messages adds nothing to the story: it is not fetched.
  const told = sessions.filter((session) => session === newest || session.messageCount > 0);
  const messages = useMessagesOfSessions(
    tenantId,
    platformId,
    told.map((session) => session.id),
  );
  const versions = usePlatformVersions(tenantId, platformId);
  const parts = [versions, ...messages];
  const failed = parts.filter((part) => part.isError);
  const retry = () => failed.forEach((part) => void part.refetch());
  const error = failed[0]?.error ?? null;
  if (!versions.data || messages.some((part) => !part.data)) return { timeline: undefined, error, retry };

  const messagesBySession = new Map<string, readonly ChatMessage[]>(
    told.map((session, index) => [session.id, messages[index]?.data ?? []]),
  );
  return { timeline: buildTimeline({ sessions, messagesBySession, versions: versions.data }), error, retry };
}
