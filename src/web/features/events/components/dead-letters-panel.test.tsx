import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeadLetterView } from '../../../../contracts/index.js';
import { addFeatureStrings } from '../../../i18n/feature-strings.js';
import { eventsStrings } from '../strings.js';
import { json, stubFetch, TENANT, withQueryClient } from '../testing.js';
import { DeadLettersPanel } from './dead-letters-panel.js';

addFeatureStrings('events', eventsStrings);

const LETTER_ID = '0190f5d2-7c1e-7a3b-9f10-0000000dead1';
const letter: DeadLetterView = {
  id: LETTER_ID,
  subscription: 'platform-summaries',
  globalPosition: 12,
  eventId: '0190f5d2-7c1e-7a3b-9f10-000000000012',
  streamId: 'platform-p1',
  eventType: 'PlatformCreated',
  attempts: 10,
  lastError: 'handler failed',
  status: 'dead',
  createdAt: '2026-11-27T08:00:00.000Z',
  resolvedAt: null,
};

describe('DeadLettersPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('replays a dead letter through its route, with the tenant, and says it worked', async () => {
    let remaining = [letter];
    const fetchMock = stubFetch({
      'GET /api/events/dead-letters?status=dead': () => json(remaining),
      [`POST /api/events/dead-letters/${LETTER_ID}/replay`]: () => {
        remaining = [];
        return json({ ...letter, status: 'replayed', resolvedAt: '2026-11-27T08:01:00.000Z' });
      },
    });
    render(withQueryClient(<DeadLettersPanel tenantId={TENANT} />));
    const row = (await screen.findByText('handler failed')).closest('tr')!;
    fireEvent.click(
      within(row).getByRole('button', { name: 'Replay PlatformCreated for platform-summaries' }),
    );
    expect(await screen.findByText('Replayed: the subscription processed the event.')).toBeTruthy();
    const replay = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(replay?.[0]).toBe(`/api/events/dead-letters/${LETTER_ID}/replay`);
    expect(new Headers(replay?.[1]?.headers).get('x-tenant-id')).toBe(TENANT);
    expect(await screen.findByText('No dead letters')).toBeTruthy();
  });

  it('discards only after asking', async () => {
    const fetchMock = stubFetch({
      'GET /api/events/dead-letters?status=dead': () => json([letter]),
      [`POST /api/events/dead-letters/${LETTER_ID}/discard`]: () => json({ ...letter, status: 'discarded' }),
    });
    render(withQueryClient(<DeadLettersPanel tenantId={TENANT} />));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Discard PlatformCreated for platform-summaries' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Discard this dead letter?' });
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(await screen.findByText('Discarded.')).toBeTruthy();
    expect(
      fetchMock.mock.calls.some(([path]) => path === `/api/events/dead-letters/${LETTER_ID}/discard`),
    ).toBe(true);
  });
});
