import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addFeatureStrings } from '../../../i18n/feature-strings.js';
import { useLiveEventsConnection } from '../../../lib/live-events.js';
import { eventsStrings } from '../strings.js';
import { json, openStream, storedEvent, stubFetch, TENANT, withQueryClient } from '../testing.js';
import { EventLogPanel } from './event-log-panel.js';

addFeatureStrings('events', eventsStrings);

const created = storedEvent('platform-p1', 'PlatformCreated', { name: 'Clinic', city: 'Riyadh' });
const requested = storedEvent('deployments-p1', 'DeploymentRequested', { version: 1 });
const posted = storedEvent('chat-s1', 'ChatMessagePosted', { text: 'add prescriptions' });

function LiveLog() {
  useLiveEventsConnection(TENANT);
  return <EventLogPanel tenantId={TENANT} />;
}

function renderLog(live: ReturnType<typeof storedEvent>[] = []) {
  const fetchMock = stubFetch({
    'GET /api/events?after=0%3A0&limit=500': () => json({ events: [created, requested], next: '900:2' }),
    'GET /api/events/live': () =>
      openStream([
        { event: 'ready', data: { after: '900:2' } },
        ...live.map((data) => ({ event: 'event', data })),
      ]),
  });
  render(withQueryClient(<LiveLog />));
  return fetchMock;
}

const rowTypes = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[3]?.textContent);

describe('EventLogPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the log newest first and adds events that arrive live', async () => {
    const fetchMock = renderLog([posted]);
    await vi.waitFor(() =>
      expect(rowTypes()).toEqual(['ChatMessagePosted', 'DeploymentRequested', 'PlatformCreated']),
    );
    const live = fetchMock.mock.calls.find(([path]) => path === '/api/events/live');
    expect(new Headers(live?.[1]?.headers).get('x-tenant-id')).toBe(TENANT);
  });

  it('filters by part of the stream id and by type', async () => {
    renderLog([posted]);
    await vi.waitFor(() => expect(rowTypes()).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('Stream'), { target: { value: 'p1' } });
    expect(rowTypes()).toEqual(['DeploymentRequested', 'PlatformCreated']);
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'PlatformCreated' } });
    expect(rowTypes()).toEqual(['PlatformCreated']);
    fireEvent.change(screen.getByLabelText('Stream'), { target: { value: 'chat-' } });
    expect(screen.getByText('No event matches these filters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(rowTypes()).toHaveLength(3);
  });

  it("shows an event's data as JSON when asked, and folds it again", async () => {
    renderLog();
    await vi.waitFor(() => expect(rowTypes()).toHaveLength(2));
    expect(screen.queryByText(/"city": "Riyadh"/)).toBeNull();
    const show = screen.getByRole('button', {
      name: `Show data of PlatformCreated at ${created.globalPosition}`,
    });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(show);
    const data = screen.getByText(/"city": "Riyadh"/);
    expect(JSON.parse(data.textContent ?? '')).toEqual({ name: 'Clinic', city: 'Riyadh' });
    fireEvent.click(
      screen.getByRole('button', { name: `Hide data of PlatformCreated at ${created.globalPosition}` }),
    );
    expect(screen.queryByText(/"city": "Riyadh"/)).toBeNull();
  });
});
