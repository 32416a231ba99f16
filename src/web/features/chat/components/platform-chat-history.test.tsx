import { screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clinicBlueprint } from '../../../../blueprint/examples/clinic.js';
import { Blueprint } from '../../../../contracts/index.js';
import { keysChangedBy } from '../../../lib/live-events.js';
import {
  EMPTY_DIFF,
  json,
  message,
  PLATFORM_ID,
  renderChat,
  serveChat,
  session,
  SESSION_ID,
  TENANT,
  versionSummary,
  type ChatScenario,
} from '../testing/fake-chat-server.js';

const EARLIER_SESSION_ID = '0190f5d2-7c1e-7a3b-9f10-000000000013';
const at = (hour: number, minute: number) =>
  `2026-11-02T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
const DIVIDER = /^Conversation started .+ by dana@example\.com$/;
const PRESCRIPTION = { ...Blueprint.parse(clinicBlueprint).entities[0]!, name: 'Prescription' };

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

/** The thread's turns, top to bottom, each as its text. */
async function turns(): Promise<string[]> {
  const thread = await screen.findByRole('list', { name: 'Messages' });
  return [...thread.children].map((turn) => turn.textContent ?? '');
}

/** One conversation: a clinic drafted by chat (v1), an edit in the Blueprint form (v2), then v3 by chat. */
const EDITED: ChatScenario = {
  messages: {
    [SESSION_ID]: [
      message(1, 'message', 'A clinic with patients', { createdAt: at(10, 0) }),
      message(2, 'reply', 'I drafted a clinic.', { version: 1, createdAt: at(10, 1) }),
      message(3, 'message', 'add doctors', { createdAt: at(10, 20) }),
      message(4, 'reply', 'I added Doctor.', { version: 3, createdAt: at(10, 21) }),
    ],
  },
  sessions: [session(SESSION_ID, at(10, 0), 4)],
  versions: [
    versionSummary(3, 'chat', at(10, 21)),
    versionSummary(2, 'edit', at(10, 10)),
    versionSummary(1, 'chat', at(10, 1)),
  ],
  currentVersion: 3,
  diff: (_from, to) =>
    to === 2
      ? { ...EMPTY_DIFF, entities: { ...EMPTY_DIFF.entities, added: [PRESCRIPTION] }, empty: false }
      : EMPTY_DIFF,
};

describe('PlatformChat tells the platform’s whole story', () => {
  it('shows every session’s messages in time order, each conversation after its divider', async () => {
    const user = userEvent.setup();
    serveChat(fetchMock, {
      // The server lists the newest session first.
      sessions: [session(SESSION_ID, at(11, 0), 2), session(EARLIER_SESSION_ID, at(9, 0), 2)],
      messages: {
        [EARLIER_SESSION_ID]: [
          message(1, 'message', 'A clinic with patients', {
            sessionId: EARLIER_SESSION_ID,
            createdAt: at(9, 0),
          }),
          message(2, 'reply', 'I drafted a clinic.', {
            sessionId: EARLIER_SESSION_ID,
            version: 1,
            createdAt: at(9, 1),
          }),
        ],
        [SESSION_ID]: [
          message(1, 'message', 'add doctors', { createdAt: at(11, 0) }),
          message(2, 'reply', 'I added Doctor.', { version: 2, createdAt: at(11, 1) }),
        ],
      },
      versions: [versionSummary(2, 'chat', at(11, 1)), versionSummary(1, 'chat', at(9, 1))],
      currentVersion: 2,
      post: () => json({ code: 'unavailable', detail: 'not in this test' }, 503),
    });
    renderChat();
    await screen.findByText('I added Doctor.');

    const story = await turns();
    expect(story).toHaveLength(6);
    expect(story[0]).toMatch(DIVIDER);
    expect(story[1]).toContain('A clinic with patients');
    expect(story[2]).toContain('I drafted a clinic.');
    expect(story[3]).toMatch(DIVIDER);
    expect(story[4]).toContain('add doctors');
    expect(story[5]).toContain('I added Doctor.');

    // Only the newest conversation takes new messages.
    await user.type(screen.getByRole('textbox', { name: 'Describe your platform' }), 'add rooms{Enter}');
    const [url] = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(url).toBe(`/api/platforms/${PLATFORM_ID}/sessions/${SESSION_ID}/messages`);
  });

  it('shows a version edited in the Blueprint form as its own turn between the messages, with its footer', async () => {
    serveChat(fetchMock, EDITED);
    renderChat();
    const edit = (await screen.findByText('Version 2 — edited in the Blueprint form')).closest('li');
    expect(edit).not.toBeNull();

    const story = await turns();
    expect(story).toHaveLength(6);
    expect(story[2]).toContain('I drafted a clinic.');
    expect(story[3]).toContain('Version 2 — edited in the Blueprint form');
    expect(story[4]).toContain('add doctors');

    const turn = within(edit!);
    expect(await turn.findByText('Prescription')).toBeTruthy();
    expect(turn.getByText('Entities added')).toBeTruthy();
    const actions = turn.getByRole('group', { name: 'Version 2 actions' });
    expect(within(actions).getByRole('button', { name: 'Restore this version' })).toBeTruthy();
    expect(within(actions).getByRole('button', { name: 'Fork into a new platform' })).toBeTruthy();
  });

  it('does not show a version a chat reply made a second time', async () => {
    serveChat(fetchMock, EDITED);
    renderChat();
    await screen.findByText('Version 2 — edited in the Blueprint form');
    const thread = screen.getByRole('list', { name: 'Messages' });
    expect(within(thread).getAllByText(/^Version 1\b/)).toHaveLength(1);
    expect(within(thread).getAllByText(/^Version 3\b/)).toHaveLength(1);
    expect(within(thread).queryByText(/made in the chat/)).toBeNull();
    // Both chat versions sit under their replies.
    const reply = screen.getByText('I added Doctor.').closest('li')!;
    expect(within(reply).getByText('Version 3')).toBeTruthy();
    expect(within(reply).getByText('current')).toBeTruthy();
  });

  it('adds a version restored elsewhere when the live events refresh the platform', async () => {
    serveChat(fetchMock, EDITED);
    const queryClient = renderChat();
    await screen.findByText('Version 2 — edited in the Blueprint form');
    expect(screen.queryByText(/an earlier version restored/)).toBeNull();

    serveChat(fetchMock, {
      ...EDITED,
      versions: [versionSummary(4, 'restore', at(10, 30)), ...EDITED.versions!],
      currentVersion: 4,
    });
    const keys = keysChangedBy(TENANT.id, { streamId: `platform-${PLATFORM_ID}` });
    await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

    const restored = (await screen.findByText('Version 4 — an earlier version restored')).closest('li')!;
    expect(within(restored).getByText('current')).toBeTruthy();
    expect((await turns()).at(-1)).toContain('Version 4 — an earlier version restored');
  });

  it('tells a forked platform with no conversation by its first version, and offers to start one', async () => {
    serveChat(fetchMock, {
      sessions: [],
      messages: {},
      versions: [versionSummary(1, 'fork', at(10, 0))],
    });
    renderChat();
    expect(await screen.findByText('Version 1 — forked from another platform')).toBeTruthy();
    expect(screen.getByText('First draft of the Blueprint.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start a conversation' })).toBeTruthy();
  });
});
