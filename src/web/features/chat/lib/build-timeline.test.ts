import { describe, expect, it } from 'vitest';
import type {
  BlueprintVersionSummary,
  ChatMessage,
  ChatSessionSummary,
} from '../../../../contracts/index.js';
import { buildTimeline, type TimelineEntry } from './build-timeline.js';

const PLATFORM_ID = '0190f5d2-7c1e-7a3b-9f10-000000000002';
const FIRST = '0190f5d2-7c1e-7a3b-9f10-000000000003';
const SECOND = '0190f5d2-7c1e-7a3b-9f10-000000000004';
const AUTHOR = { id: null, label: 'dana@example.com' };
const at = (minute: number) => `2026-11-02T10:${String(minute).padStart(2, '0')}:00.000Z`;

const session = (id: string, minute: number): ChatSessionSummary => ({
  id,
  platformId: PLATFORM_ID,
  startedAt: at(minute),
  startedBy: AUTHOR,
  messageCount: 0,
  lastMessageAt: null,
});
const message = (
  sessionId: string,
  seq: number,
  minute: number,
  kind: ChatMessage['kind'] = 'message',
  version: number | null = null,
): ChatMessage => ({
  sessionId,
  seq,
  kind,
  text: `${kind} ${seq}`,
  author: AUTHOR,
  version,
  inferences: [],
  openQuestions: [],
  provider: null,
  model: null,
  createdAt: at(minute),
});
const version = (
  number: number,
  minute: number,
  source: BlueprintVersionSummary['source'],
): BlueprintVersionSummary => ({
  platformId: PLATFORM_ID,
  version: number,
  basedOn: number > 1 ? number - 1 : null,
  source,
  author: AUTHOR,
  createdAt: at(minute),
  approved: false,
});

/** A short name per entry, so a whole timeline reads as one line in an assertion. */
const names = (timeline: TimelineEntry[]) =>
  timeline.map((entry) =>
    entry.kind === 'session'
      ? `session ${entry.session.id.slice(-1)}`
      : entry.kind === 'message'
        ? `${entry.message.kind} ${entry.message.sessionId.slice(-1)}.${entry.message.seq}`
        : `v${entry.version.version} ${entry.version.source}`,
  );

describe('buildTimeline', () => {
  it('tells every session oldest first, each after its divider, whatever order they arrive in', () => {
    const timeline = buildTimeline({
      sessions: [session(SECOND, 30), session(FIRST, 0)],
      messagesBySession: new Map([
        [FIRST, [message(FIRST, 2, 1, 'reply', 1), message(FIRST, 1, 0)]],
        [SECOND, [message(SECOND, 1, 31), message(SECOND, 2, 32, 'reply', 2)]],
      ]),
      versions: [version(2, 32, 'chat'), version(1, 1, 'chat')],
    });
    expect(names(timeline)).toEqual([
      'session 3',
      'message 3.1',
      'reply 3.2',
      'session 4',
      'message 4.1',
      'reply 4.2',
    ]);
  });

  it('places versions no reply made between the turns by time, and leaves chat versions to their replies', () => {
    const timeline = buildTimeline({
      sessions: [session(FIRST, 0)],
      messagesBySession: new Map([
        [
          FIRST,
          [
            message(FIRST, 1, 0),
            message(FIRST, 2, 1, 'reply', 1),
            message(FIRST, 3, 20),
            message(FIRST, 4, 21, 'reply', 3),
          ],
        ],
      ]),
      versions: [
        version(4, 40, 'restore'),
        version(3, 21, 'chat'),
        version(2, 10, 'edit'),
        version(1, 1, 'chat'),
      ],
    });
    expect(names(timeline)).toEqual([
      'session 3',
      'message 3.1',
      'reply 3.2',
      'v2 edit',
      'message 3.3',
      'reply 3.4',
      'v4 restore',
    ]);
  });

  it('keeps a conversation’s own order when its messages share an instant', () => {
    const timeline = buildTimeline({
      sessions: [session(FIRST, 5)],
      messagesBySession: new Map([[FIRST, [message(FIRST, 2, 5, 'failure'), message(FIRST, 1, 5)]]]),
      versions: [version(1, 5, 'fork')],
    });
    expect(names(timeline)).toEqual(['session 3', 'message 3.1', 'failure 3.2', 'v1 fork']);
  });

  it('leaves out an older conversation with no messages, but not the one in progress', () => {
    const timeline = buildTimeline({
      sessions: [session(FIRST, 0), session(SECOND, 30)],
      messagesBySession: new Map(),
      versions: [version(1, 10, 'import')],
    });
    expect(names(timeline)).toEqual(['v1 import', 'session 4']);
  });

  it('tells a platform with no conversation by its versions alone', () => {
    const timeline = buildTimeline({
      sessions: [],
      messagesBySession: new Map(),
      versions: [version(2, 20, 'edit'), version(1, 10, 'fork')],
    });
    expect(names(timeline)).toEqual(['v1 fork', 'v2 edit']);
  });
});
