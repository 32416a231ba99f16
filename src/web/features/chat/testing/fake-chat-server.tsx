import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { vi } from 'vitest';
import type {
  BlueprintVersionSummary,
  ChatMessage,
  ChatSessionSummary,
} from '../../../../contracts/index.js';
import { CurrentTenantContext } from '../../../lib/current-tenant.js';
import { PlatformChat } from '../index.js';
import { TEST_TENANT } from '../../../testing/test-tenant.js';

/** Fixtures and a fetch stand-in for the chat's component tests: the server as the chat reads it. */
export const TENANT = TEST_TENANT;
export const PLATFORM_ID = '0190f5d2-7c1e-7a3b-9f10-000000000002';
export const SESSION_ID = '0190f5d2-7c1e-7a3b-9f10-000000000003';
export const AUTHOR = { id: null, label: 'dana@example.com' };
export const AT = '2026-11-02T10:00:00.000Z';

export const message = (
  seq: number,
  kind: ChatMessage['kind'],
  text: string,
  extra: Partial<ChatMessage> = {},
): ChatMessage => ({
  sessionId: SESSION_ID,
  seq,
  kind,
  text,
  author: AUTHOR,
  version: null,
  inferences: [],
  openQuestions: [],
  provider: kind === 'message' ? null : 'offline',
  model: null,
  createdAt: AT,
  ...extra,
});

export const session = (id: string, startedAt: string, messageCount: number): ChatSessionSummary => ({
  id,
  platformId: PLATFORM_ID,
  startedAt,
  startedBy: AUTHOR,
  messageCount,
  lastMessageAt: startedAt,
});

export const versionSummary = (
  version: number,
  source: BlueprintVersionSummary['source'],
  createdAt: string,
): BlueprintVersionSummary => ({
  platformId: PLATFORM_ID,
  version,
  basedOn: version > 1 ? version - 1 : null,
  source,
  author: AUTHOR,
  createdAt,
  approved: false,
});

export const EMPTY_DIFF = {
  entities: { added: [], removed: [], renamed: [], changed: [] },
  relations: { added: [], removed: [], changed: [] },
  roles: { added: [], removed: [], changed: [] },
  settings: [],
  empty: true,
};

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export interface ChatScenario {
  /** Newest first, as the server lists them; one session with every message when left out. */
  sessions?: ChatSessionSummary[];
  /** Messages per session id. */
  messages: Record<string, ChatMessage[]>;
  /** Newest first, as the server lists them; version 1 from the chat when left out. */
  versions?: BlueprintVersionSummary[];
  currentVersion?: number;
  /** The answer to a POST. */
  post?: () => Response;
  /** The answer to a diff, `/diff?from=…&to=…`; an empty diff when left out. */
  diff?: (from: number, to: number) => unknown;
}

/** Answers the chat's requests from `scenario` through `fetchMock`; anything else is a 404. */
export function serveChat(fetchMock: ReturnType<typeof vi.fn<typeof fetch>>, scenario: ChatScenario) {
  const sessions = scenario.sessions ?? [
    session(SESSION_ID, AT, Object.values(scenario.messages).flat().length),
  ];
  const versions = scenario.versions ?? [versionSummary(1, 'chat', AT)];
  fetchMock.mockImplementation((input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (init?.method === 'POST' && scenario.post) return Promise.resolve(scenario.post());
    const base = `/api/platforms/${PLATFORM_ID}`;
    if (url === `${base}/sessions`) return Promise.resolve(json(sessions));
    const messagesOf = /\/sessions\/([^/]+)\/messages$/.exec(url);
    if (messagesOf) return Promise.resolve(json(scenario.messages[messagesOf[1]!] ?? []));
    if (url === `${base}/versions`) return Promise.resolve(json(versions));
    const diff = /\/diff\?from=(\d+)&to=(\d+)$/.exec(url);
    if (diff) return Promise.resolve(json(scenario.diff?.(Number(diff[1]), Number(diff[2])) ?? EMPTY_DIFF));
    if (url === base)
      return Promise.resolve(
        json({
          id: PLATFORM_ID,
          name: 'Clinic',
          slug: 'clinic',
          domain: 'healthcare',
          currentVersion: scenario.currentVersion ?? 1,
          approvedVersion: null,
          createdAt: AT,
          updatedAt: AT,
        }),
      );
    return Promise.resolve(json({ code: 'not_found', detail: url }, 404));
  });
}

export function renderChat() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <CurrentTenantContext.Provider value={TENANT}>
        <MemoryRouter>
          <PlatformChat platformId={PLATFORM_ID} />
        </MemoryRouter>
      </CurrentTenantContext.Provider>
    </QueryClientProvider>,
  );
  return queryClient;
}
