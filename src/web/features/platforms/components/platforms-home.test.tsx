import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeploymentSummary, PlatformSummary } from '../../../../contracts/index.js';
import { CurrentTenantContext } from '../../../lib/current-tenant.js';
import { PlatformsHome } from '../index.js';
import { TEST_TENANT } from '../../../testing/test-tenant.js';

const TENANT = TEST_TENANT;
const AT = '2026-11-02T10:00:00.000Z';

const platform = (n: number, name: string, domain: PlatformSummary['domain']): PlatformSummary => ({
  id: `0190f5d2-7c1e-7a3b-9f10-00000000010${n}`,
  name,
  slug: name.toLowerCase().replace(/\s+/g, '-'),
  domain,
  currentVersion: n,
  approvedVersion: n === 1 ? 1 : null,
  createdAt: AT,
  updatedAt: AT,
});

const CLINIC = platform(1, 'City Clinic', 'healthcare');
const SCHOOL = platform(2, 'North School', 'education');
const PERMITS = platform(3, 'Permits Office', 'government');

const liveDeployment = (platformId: string): DeploymentSummary => ({
  id: '0190f5d2-7c1e-7a3b-9f10-000000000201',
  platformId,
  generationId: '0190f5d2-7c1e-7a3b-9f10-000000000301',
  blueprintVersion: 1,
  target: 'local',
  status: 'live',
  url: 'http://127.0.0.1:40000/',
  health: { at: AT, ok: true, httpStatus: 200, latencyMs: 3 },
  restarts: 0,
  reason: null,
  message: null,
  previousDeploymentId: null,
  rollbackOf: null,
  createdBy: { id: null, label: 'dana@example.com' },
  createdAt: AT,
  liveAt: AT,
  endedAt: null,
});

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

beforeAll(() => {
  // Radix Select measures and captures the pointer; jsdom implements neither.
  Element.prototype.hasPointerCapture = () => false;
  Element.prototype.releasePointerCapture = () => undefined;
  Element.prototype.scrollIntoView = () => undefined;
});
beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function serve(platforms: PlatformSummary[] | 'fail', deployments: DeploymentSummary[] = []) {
  fetchMock.mockImplementation((input) => {
    const url = new URL(urlOf(input), 'http://localhost');
    if (url.pathname === '/api/deployments') return Promise.resolve(json(deployments));
    if (platforms === 'fail')
      return Promise.resolve(
        json(
          {
            type: 'about:blank',
            title: 'Internal',
            status: 500,
            detail: 'Database unavailable',
            code: 'internal',
            requestId: 'req-9',
          },
          500,
        ),
      );
    const q = url.searchParams.get('q')?.toLowerCase() ?? '';
    const matching = platforms.filter((each) => each.name.toLowerCase().includes(q));
    return Promise.resolve(json({ platforms: matching, total: matching.length, limit: 200, offset: 0 }));
  });
}

function renderHome() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <CurrentTenantContext.Provider value={TENANT}>
        <MemoryRouter>
          <PlatformsHome newPlatform={<textarea aria-label="Describe your platform" />} />
        </MemoryRouter>
      </CurrentTenantContext.Provider>
    </QueryClientProvider>,
  );
}

const cardNames = () =>
  within(screen.getByRole('list'))
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

describe('PlatformsHome', () => {
  it('invites a first description when the tenant has no platform yet', async () => {
    serve([]);
    renderHome();
    expect(await screen.findByRole('heading', { name: 'No platforms yet' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Describe your platform' })).toBeTruthy();
    // No filters to offer over nothing.
    expect(screen.queryByRole('searchbox', { name: 'Search platforms' })).toBeNull();
  });

  it('explains a failed load and retries on request', async () => {
    const user = userEvent.setup();
    serve('fail');
    renderHome();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('This could not be loaded')).toBeTruthy();
    serve([CLINIC]);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Open City Clinic' })).toBeTruthy();
  });

  it('shows each platform as a card with its version, approval and run state', async () => {
    serve([CLINIC, SCHOOL], [liveDeployment(CLINIC.id)]);
    renderHome();
    const card = await screen.findByRole('link', { name: 'Open City Clinic' });
    expect(card.getAttribute('href')).toBe(`/platforms/${CLINIC.id}/chat`);
    expect(within(card).getByText('Version 1')).toBeTruthy();
    expect(within(card).getByText('Approved: v1')).toBeTruthy();
    await waitFor(() => expect(within(card).getByText('Live')).toBeTruthy());
    const school = screen.getByRole('link', { name: 'Open North School' });
    expect(within(school).getByText('Not running')).toBeTruthy();
    expect(within(school).getByText('Not approved yet')).toBeTruthy();
  });

  it('narrows the cards by domain and by run state, and clears the filters', async () => {
    const user = userEvent.setup();
    serve([CLINIC, SCHOOL, PERMITS], [liveDeployment(SCHOOL.id)]);
    renderHome();
    await screen.findByRole('link', { name: 'Open City Clinic' });
    expect(cardNames()).toEqual(['City Clinic', 'North School', 'Permits Office']);

    await user.click(screen.getByRole('combobox', { name: 'Domain' }));
    await user.click(await screen.findByRole('option', { name: 'Education' }));
    expect(cardNames()).toEqual(['North School']);

    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Failing' }));
    expect(await screen.findByRole('heading', { name: 'No platform matches' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(cardNames()).toEqual(['City Clinic', 'North School', 'Permits Office']);
  });

  it('searches by name on the server', async () => {
    const user = userEvent.setup();
    serve([CLINIC, SCHOOL, PERMITS]);
    renderHome();
    await screen.findByRole('link', { name: 'Open City Clinic' });
    await user.type(screen.getByRole('searchbox', { name: 'Search platforms' }), 'school');
    await waitFor(() => expect(cardNames()).toEqual(['North School']));
    expect(fetchMock.mock.calls.some(([input]) => urlOf(input).includes('q=school'))).toBe(true);
  });
});
