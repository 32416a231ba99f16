import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Blueprint } from '../../../../contracts/index.js';
import { clinicBlueprint } from '../../../../blueprint/examples/clinic.js';
import { CurrentTenantContext } from '../../../lib/current-tenant.js';
import '../index.js';
import { VersionTurnFooter } from './version-turn-footer.js';
import { TEST_TENANT } from '../../../testing/test-tenant.js';

const TENANT = TEST_TENANT;
const PLATFORM_ID = '0190f5d2-7c1e-7a3b-9f10-000000000002';
const FORK_ID = '0190f5d2-7c1e-7a3b-9f10-000000000009';
const AT = '2026-11-02T10:00:00.000Z';
const BLUEPRINT = Blueprint.parse(clinicBlueprint);

const versionDetail = (platformId: string, version: number, source = 'chat') => ({
  platformId,
  version,
  basedOn: version > 1 ? version - 1 : null,
  source,
  author: { id: null, label: 'dana@example.com' },
  createdAt: AT,
  approved: false,
  blueprint: BLUEPRINT,
  renames: { entities: [], fields: [] },
});
const summary = (id: string, name: string, currentVersion: number) => ({
  id,
  name,
  slug: 'clinic',
  domain: 'healthcare',
  currentVersion,
  approvedVersion: null,
  createdAt: AT,
  updatedAt: AT,
});
const EMPTY_DIFF = {
  entities: { added: [], removed: [], renamed: [], changed: [] },
  relations: { added: [], removed: [], changed: [] },
  roles: { added: [], removed: [], changed: [] },
  settings: [],
  empty: true,
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>((input, init) => {
    const url = urlOf(input);
    const method = init?.method ?? 'GET';
    if (method === 'GET' && url.includes('/diff?')) return Promise.resolve(json(EMPTY_DIFF));
    if (method === 'GET' && url.endsWith('/versions/2'))
      return Promise.resolve(json(versionDetail(PLATFORM_ID, 2)));
    if (method === 'POST' && url.endsWith('/versions/2/restore'))
      return Promise.resolve(json(versionDetail(PLATFORM_ID, 4, 'restore'), 201));
    if (method === 'GET' && url === `/api/platforms/${PLATFORM_ID}`)
      return Promise.resolve(json(summary(PLATFORM_ID, 'City Clinic', 3)));
    if (method === 'POST' && url === `/api/platforms/${PLATFORM_ID}/fork`)
      return Promise.resolve(
        json(
          {
            platform: summary(FORK_ID, 'City Clinic (fork)', 1),
            version: versionDetail(FORK_ID, 1, 'fork'),
            forkedFrom: { platformId: PLATFORM_ID, version: 2 },
          },
          201,
        ),
      );
    return Promise.resolve(json({ code: 'not_found', detail: url }, 404));
  });
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function renderFooter(currentVersion: number) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <CurrentTenantContext.Provider value={TENANT}>
        <MemoryRouter initialEntries={['/here']}>
          <Routes>
            <Route
              path="/here"
              element={
                <VersionTurnFooter platformId={PLATFORM_ID} version={2} currentVersion={currentVersion} />
              }
            />
            <Route path="/platforms/:platformId/chat" element={<p>Opened the fork</p>} />
          </Routes>
        </MemoryRouter>
      </CurrentTenantContext.Provider>
    </QueryClientProvider>,
  );
}

const bodyOf = (method: string, url: string): unknown => {
  const call = fetchMock.mock.calls.find(([input, init]) => urlOf(input) === url && init?.method === method);
  return call ? JSON.parse(call[1]?.body as string) : undefined;
};

describe('VersionTurnFooter', () => {
  it('restores an older version as a new one and says which', async () => {
    const user = userEvent.setup();
    renderFooter(3);
    await user.click(screen.getByRole('button', { name: 'Restore this version' }));
    expect(await screen.findByText('Restored as version 4.')).toBeTruthy();
    expect(
      fetchMock.mock.calls.some(
        ([input, init]) =>
          urlOf(input) === `/api/platforms/${PLATFORM_ID}/versions/2/restore` && init?.method === 'POST',
      ),
    ).toBe(true);
  });

  it('forks a version into a new platform holding that version’s Blueprint, then opens it', async () => {
    const user = userEvent.setup();
    renderFooter(2);
    await user.click(screen.getByRole('button', { name: 'Fork into a new platform' }));
    expect(await screen.findByText('Opened the fork')).toBeTruthy();
    // One write: the server copies version 2 into the new platform, named in the person's language.
    expect(bodyOf('POST', `/api/platforms/${PLATFORM_ID}/fork`)).toEqual({
      version: 2,
      name: 'City Clinic (fork)',
    });
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');
    expect(posts).toHaveLength(1);
  });
});
