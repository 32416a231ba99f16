import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  controlledEventStream,
  deployment,
  json,
  PLATFORM_ID,
  TENANT,
  withProviders,
} from '../testing/fixtures.js';
import type { LatestVersion } from '../lib/preview-freshness.js';
import { LiveDeploymentGate } from './live-deployment-gate.js';

const LIST = `/api/platforms/${PLATFORM_ID}/deployments`;

function stubFetch(answer: (url: string, init: RequestInit | undefined) => Response | Promise<Response>) {
  const fetchMock = vi.fn((input: string, init?: RequestInit) => Promise.resolve(answer(input, init)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderGate(latest: LatestVersion | null = null, tenant = TENANT) {
  render(
    withProviders(
      <LiveDeploymentGate platformId={PLATFORM_ID} latest={latest}>
        {(live) => <p>serving {live.url}</p>}
      </LiveDeploymentGate>,
      tenant,
    ),
  );
}

/** The notice above the preview that says `text` (a live region, role status). */
async function findNotice(text: string): Promise<HTMLElement> {
  const notice = (await screen.findByText(text, { exact: false })).closest<HTMLElement>('[role="status"]');
  if (!notice) throw new Error(`"${text}" is not in a status region`);
  return notice;
}

const posts = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST');

/** The JSON body of the first deploy request. */
function postedBody(fetchMock: ReturnType<typeof stubFetch>): unknown {
  const body = posts(fetchMock)[0]?.[1]?.body;
  if (typeof body !== 'string') throw new Error('No deploy request with a JSON body was sent');
  return JSON.parse(body);
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LiveDeploymentGate', () => {
  it('deploys on request and shows each streamed step as it arrives', async () => {
    const stream = controlledEventStream();
    let deployed = false;
    const fetchMock = stubFetch((url, init) => {
      if (init?.method === 'POST') return stream.response;
      return json(deployed ? [deployment()] : []);
    });
    const user = userEvent.setup();
    renderGate();

    await user.click(await screen.findByRole('button', { name: 'Deploy' }));
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[0]).toBe(LIST);
    expect(new Headers(post?.[1]?.headers).get('Accept')).toBe('text/event-stream');

    stream.send('step', { step: 'generate', status: 'done', durationMs: 1200 });
    stream.send('step', { step: 'build', status: 'started' });
    const steps = await screen.findByRole('list', { name: 'Deployment progress' });
    expect(await within(steps).findByText('Build')).toBeTruthy();
    expect(within(steps).getByText('1.2 s')).toBeTruthy();
    expect(steps.querySelector('[data-status="started"]')?.textContent).toContain('Build');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('1 of 5 steps done');

    stream.send('step', { step: 'build', status: 'done', durationMs: 3000 });
    expect(await within(steps).findByText('3.0 s')).toBeTruthy();
    expect(steps.querySelectorAll('[data-status="done"]')).toHaveLength(2);

    deployed = true;
    stream.send('result', { ...deployment(), healthHistory: [], steps: [], artifactsDir: null });
    stream.close();
    expect(await screen.findByText('serving http://127.0.0.1:41234/')).toBeTruthy();
  });

  it('explains a failed deployment with its reason and the log lines before it', async () => {
    const failed = deployment({ status: 'failed', url: null, reason: 'The build failed: tsc exited with 2' });
    stubFetch((url) => {
      if (url === LIST) return json([failed]);
      if (url.includes('/logs')) {
        return json({
          lines: [
            { seq: 1, at: '2026-01-01T00:00:01.000Z', stream: 'stdout', text: '> tsc -p .' },
            {
              seq: 2,
              at: '2026-01-01T00:00:02.000Z',
              stream: 'stderr',
              text: "src/app.ts(3,1): error TS2304: Cannot find name 'x'.",
            },
          ],
        });
      }
      return json({
        ...failed,
        healthHistory: [],
        steps: [
          { step: 'generate', status: 'done', durationMs: 900 },
          { step: 'build', status: 'failed', message: 'tsc exited with 2' },
        ],
        artifactsDir: null,
      });
    });
    renderGate();

    expect(await screen.findByRole('heading', { name: 'The deployment failed' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('The build failed: tsc exited with 2');
    const log = await screen.findByLabelText('Log lines');
    expect(await within(log).findByText("src/app.ts(3,1): error TS2304: Cannot find name 'x'.")).toBeTruthy();
    expect(within(log).getByText('> tsc -p .')).toBeTruthy();
    expect(await screen.findByText('tsc exited with 2')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Deploy again' })).toBeTruthy();
  });

  it('shows an error state when the deployments cannot be read', async () => {
    stubFetch(() =>
      json(
        {
          type: 'about:blank',
          title: 'Not found',
          status: 404,
          detail: 'No such platform',
          code: 'not_found',
          requestId: 'r1',
        },
        404,
      ),
    );
    renderGate();
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  describe('following the newest Blueprint version', () => {
    const DEPLOYED_AT = '2026-01-02T00:00:00.000Z';
    const v1 = deployment({ createdAt: DEPLOYED_AT });
    const v2 = deployment({
      id: '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f74',
      blueprintVersion: 2,
      url: 'http://127.0.0.1:41234/',
      createdAt: '2026-01-03T00:00:00.000Z',
    });

    it('deploys a version made after the preview went live by itself, serving the old one meanwhile', async () => {
      const stream = controlledEventStream();
      let list = [v1];
      const fetchMock = stubFetch((url, init) => (init?.method === 'POST' ? stream.response : json(list)));
      renderGate({ version: 2, createdAt: '2026-01-02T12:00:00.000Z' });

      const updating = await findNotice('Updating the preview to version 2');
      expect(screen.getByText('Showing version 1')).toBeTruthy();
      expect(screen.getByText('serving http://127.0.0.1:41234/')).toBeTruthy();
      expect(posts(fetchMock)).toHaveLength(1);
      expect(postedBody(fetchMock)).toEqual({ version: 2 });

      stream.send('step', { step: 'build', status: 'started' });
      expect(await within(updating).findByText('Build')).toBeTruthy();

      list = [v2, { ...v1, status: 'superseded' }];
      stream.send('result', { ...v2, healthHistory: [], steps: [], artifactsDir: null });
      stream.close();
      expect(await screen.findByText('Showing version 2')).toBeTruthy();
      expect(screen.queryByText('Updating the preview', { exact: false })).toBeNull();
      expect(posts(fetchMock)).toHaveLength(1);
    });

    it('only names the newer version to a viewer, who may not deploy: no request, no action', async () => {
      const fetchMock = stubFetch(() => json([v1]));
      renderGate({ version: 2, createdAt: '2026-01-02T12:00:00.000Z' }, { ...TENANT, role: 'viewer' });

      const notice = await findNotice('This preview shows version 1; version 2 is newer.');
      expect(within(notice).queryByRole('button')).toBeNull();
      expect(screen.getByText('serving http://127.0.0.1:41234/')).toBeTruthy();
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(posts(fetchMock)).toHaveLength(0);
    });

    it('tries a newer version once: a refused deploy is shown, not retried in a loop', async () => {
      let refuse = () => {};
      const refusal = new Promise<Response>((resolve) => {
        refuse = () =>
          resolve(
            json(
              {
                type: 'about:blank',
                title: 'Quota exceeded',
                status: 429,
                detail: 'The deployments quota of the Free tier is used up',
                code: 'quota_exceeded',
                requestId: 'r2',
              },
              429,
            ),
          );
      });
      const fetchMock = stubFetch((url, init) => (init?.method === 'POST' ? refusal : json([v1])));
      renderGate({ version: 2, createdAt: '2026-01-02T12:00:00.000Z' });

      expect(await findNotice('Updating the preview to version 2')).toBeTruthy();
      refuse();
      expect(await screen.findByText('The deployments quota of the Free tier is used up')).toBeTruthy();
      // Let every effect and promise the refusal set off run to its end before counting.
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(screen.getByText('The deployments quota of the Free tier is used up')).toBeTruthy();
      expect(screen.getByText('serving http://127.0.0.1:41234/')).toBeTruthy();
      expect(posts(fetchMock)).toHaveLength(1);
    });

    it('leaves a rollback made after the newer version alone, and offers to update', async () => {
      const rolledBack = deployment({ rollbackOf: v2.id, createdAt: '2026-01-04T00:00:00.000Z' });
      const stream = controlledEventStream();
      const fetchMock = stubFetch((url, init) =>
        init?.method === 'POST' ? stream.response : json([rolledBack]),
      );
      const user = userEvent.setup();
      renderGate({ version: 2, createdAt: '2026-01-02T12:00:00.000Z' });

      const notice = await findNotice('This preview shows version 1; version 2 is newer.');
      expect(posts(fetchMock)).toHaveLength(0);

      await user.click(within(notice).getByRole('button', { name: 'Update preview' }));
      expect(postedBody(fetchMock)).toEqual({ version: 2 });
      expect(await findNotice('Updating the preview to version 2')).toBeTruthy();
    });

    it('says why the newest version is not shown when its deployment failed, and does not retry', async () => {
      const failed = { ...v2, status: 'failed' as const, url: null, reason: 'The build failed: exit 2' };
      const fetchMock = stubFetch(() => json([failed, v1]));
      renderGate({ version: 2, createdAt: '2026-01-02T12:00:00.000Z' });

      const notice = await findNotice(
        'Version 2 could not be deployed, so the preview still shows version 1: The build failed: exit 2',
      );
      expect(within(notice).getByRole('button', { name: 'Update preview' })).toBeTruthy();
      expect(screen.getByText('serving http://127.0.0.1:41234/')).toBeTruthy();
      expect(posts(fetchMock)).toHaveLength(0);
    });

    it("shows the platform administrator's login beside the preview to tenant admins", async () => {
      stubFetch(() => json([v1]));
      renderGate({ version: 1, createdAt: '2026-01-01T00:00:00.000Z' });
      const login = await screen.findByRole('region', { name: 'Administrator login' });
      expect(within(login).getByRole('button', { name: 'Reveal' })).toBeTruthy();
      expect(screen.getByText('Showing version 1')).toBeTruthy();
      expect(screen.queryByRole('button', { name: 'Update preview' })).toBeNull();
    });
  });
});
