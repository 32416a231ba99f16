import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CreatedApiToken } from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import {
  parseEventStream,
  signUpPerson,
  startTestServer,
  type ServerSentEvent,
  type SignedUp,
  type TestServer,
} from '../../testing/index.js';

/** An open `GET /api/events/live` as a browser tab holds it: the events read so far, and a way to leave. */
interface OpenStream {
  status: number;
  received: ServerSentEvent[];
  close(): void;
}

describe.each(testDatabaseKinds())('GET /api/events/live (%s)', (kind) => {
  let server: TestServer;
  let alice: SignedUp;
  let bob: SignedUp;
  const open: OpenStream[] = [];

  const follow = async (person: SignedUp, query = ''): Promise<OpenStream> => {
    const token = CreatedApiToken.parse(
      (await person.client.post('/api/auth/tokens', { name: 'live' })).body,
    );
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/events/live${query}`, {
      headers: {
        authorization: `Bearer ${token.token}`,
        'x-tenant-id': person.tenantId,
        accept: 'text/event-stream',
      },
      signal: controller.signal,
    });
    const stream: OpenStream = { status: response.status, received: [], close: () => controller.abort() };
    open.push(stream);
    if (response.ok && response.body) {
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = '';
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read();
            if (done) return;
            buffered += value;
            const end = buffered.lastIndexOf('\n\n');
            if (end === -1) continue;
            stream.received.push(...parseEventStream(buffered.slice(0, end + 2)));
            buffered = buffered.slice(end + 2);
          }
        } catch {
          // Aborted by close().
        }
      })();
    }
    return stream;
  };
  const appended = (stream: OpenStream) =>
    stream.received.filter((event) => event.event === 'event').map((event) => event.data as { type: string });

  beforeAll(async () => {
    server = await startTestServer(kind);
    await signUpPerson(server, 'root');
    alice = await signUpPerson(server, 'alice');
    bob = await signUpPerson(server, 'bob');
  });
  afterAll(async () => {
    for (const stream of open) stream.close();
    await server.stop();
  });

  it('sends an event appended while the stream is open, with its cursor', async () => {
    const before = await alice.client.post('/api/events/streams/lead-1', {
      events: [{ type: 'crm.LeadCaptured', data: { name: 'Lina' } }],
    });
    expect(before.status, before.text).toBe(201);
    const stream = await follow(alice);
    expect(stream.status).toBe(200);
    await vi.waitFor(() => expect(stream.received[0]?.event).toBe('ready'), { timeout: 10_000 });
    // Without a cursor the stream starts at the head; once the earlier append is readable it is behind it.
    const after = await alice.client.post('/api/events/streams/lead-1', {
      events: [{ type: 'crm.LeadQualified', data: { score: 7 } }],
    });
    expect(after.status, after.text).toBe(201);
    await vi.waitFor(
      () => expect(appended(stream).map((event) => event.type)).toContain('crm.LeadQualified'),
      {
        timeout: 15_000,
      },
    );
    const [event] = appended(stream).filter((item) => item.type === 'crm.LeadQualified');
    expect(event).toMatchObject({ streamId: 'lead-1', data: { score: 7 } });
    expect((event as unknown as { cursor: string }).cursor).toMatch(/^\d+:\d+$/);
  });

  it('resumes after a cursor: the events after it come first', async () => {
    const stream = await follow(alice, '?after=0:0');
    await vi.waitFor(
      () =>
        expect(appended(stream).map((event) => event.type)).toEqual([
          'crm.LeadCaptured',
          'crm.LeadQualified',
        ]),
      { timeout: 15_000 },
    );
  });

  it("never shows tenant B tenant A's events", async () => {
    const bobs = await follow(bob, '?after=0:0');
    const alices = await follow(alice, '?after=0:0');
    await alice.client.post('/api/events/streams/lead-2', {
      events: [{ type: 'crm.LeadCaptured', data: { name: 'Omar' } }],
    });
    await bob.client.post('/api/events/streams/note-1', { events: [{ type: 'notes.Written', data: {} }] });
    await vi.waitFor(
      () => {
        expect(appended(alices).map((event) => event.type)).toContain('crm.LeadCaptured');
        expect(appended(bobs).map((event) => event.type)).toEqual(['notes.Written']);
      },
      { timeout: 15_000 },
    );
    expect(appended(bobs).some((event) => event.type.startsWith('crm.'))).toBe(false);
  });

  it('answers a bad cursor with 400 before any stream opens', async () => {
    const stream = await follow(alice, '?after=yesterday');
    expect(stream.status).toBe(400);
  });
});
