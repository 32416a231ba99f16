import type {
  BlueprintVersionSummary,
  ChatMessage,
  ChatSessionSummary,
} from '../../../../contracts/index.js';

/** One row of the platform's story as the chat tells it. */
export type TimelineEntry =
  | { kind: 'session'; session: ChatSessionSummary }
  | { kind: 'message'; message: ChatMessage }
  | { kind: 'version'; version: BlueprintVersionSummary };

export interface TimelineInput {
  /** In any order; the newest one is the conversation in progress. */
  sessions: readonly ChatSessionSummary[];
  /** Each session's messages as the server lists them; a session missing here has none loaded. */
  messagesBySession: ReadonlyMap<string, readonly ChatMessage[]>;
  /** In any order. */
  versions: readonly BlueprintVersionSummary[];
}

/**
 * The platform's whole story, oldest first: each conversation after a divider naming when it started,
 * its messages in their own order, and, placed by time between them, every version that no chat reply
 * made (hand edits, restores, imports, forks). A version a reply made is shown under that reply, so it
 * is left out here; an older conversation with no messages adds nothing and is left out too.
 */
export function buildTimeline({ sessions, messagesBySession, versions }: TimelineInput): TimelineEntry[] {
  const conversation = conversationEntries(sessions, messagesBySession);
  const fromReplies = new Set(
    conversation.flatMap((entry) =>
      entry.kind === 'message' && entry.message.kind === 'reply' && entry.message.version !== null
        ? [entry.message.version]
        : [],
    ),
  );
  const standalone = versions
    .filter((version) => version.source !== 'chat' && !fromReplies.has(version.version))
    .toSorted((a, b) => a.version - b.version);

  // A merge rather than a sort by time: a conversation keeps its messages' own order even if two of
  // them carry the same instant, and each version goes in before the first turn that came after it.
  const timeline: TimelineEntry[] = [];
  let next = 0;
  for (const entry of conversation) {
    while (next < standalone.length && instantOf(standalone[next]!.createdAt) < instantOfEntry(entry)) {
      timeline.push({ kind: 'version', version: standalone[next]! });
      next += 1;
    }
    timeline.push(entry);
  }
  for (const version of standalone.slice(next)) timeline.push({ kind: 'version', version });
  return timeline;
}

function conversationEntries(
  sessions: readonly ChatSessionSummary[],
  messagesBySession: ReadonlyMap<string, readonly ChatMessage[]>,
): TimelineEntry[] {
  const ordered = sessions.toSorted(
    (a, b) => instantOf(a.startedAt) - instantOf(b.startedAt) || a.id.localeCompare(b.id),
  );
  const newest = ordered.at(-1);
  return ordered.flatMap((session): TimelineEntry[] => {
    const messages = (messagesBySession.get(session.id) ?? []).toSorted((a, b) => a.seq - b.seq);
    if (messages.length === 0 && session !== newest) return [];
    return [
      { kind: 'session', session },
      ...messages.map((message): TimelineEntry => ({ kind: 'message', message })),
    ];
  });
}

function instantOfEntry(entry: TimelineEntry): number {
  if (entry.kind === 'session') return instantOf(entry.session.startedAt);
  if (entry.kind === 'message') return instantOf(entry.message.createdAt);
  return instantOf(entry.version.createdAt);
}

const instantOf = (timestamp: string): number => Date.parse(timestamp);
