import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { controlledEventStream, deployment, json, PLATFORM_ID, withProviders } from '../testing/fixtures.js';
import { LiveDeploymentGate } from './live-deployment-gate.js';

const LIST = `/api/platforms/${PLATFORM_ID}/deployments`;

function stubFetch(answer: (url: string, init: RequestInit | undefined) => Response) {
  const fetchMock = vi.fn((input: string, init?: RequestInit) => Promise.resolve(answer(input, init)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderGate() {
  render(
    withProviders(
      <LiveDeploymentGate platformId={PLATFORM_ID}>{(live) => <p>serving {live.url}</p>}</LiveDeploymentGate>,
    ),
  );
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
});
