import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatReplyResponse, CreatePlatformResponse } from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import { parseEventStream, signUpPerson, startTestServer, type TestServer } from '../../testing/index.js';
import { platformOf, SSE, versionCount } from './chat-test-support.js';

describe.each(testDatabaseKinds())('chat replies streamed as server-sent events (%s)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await signUpPerson(server, 'Root');
  });
  afterAll(() => server.stop());

  it('streams the reply as server-sent events: text deltas first, then the same result as JSON', async () => {
    const dee = await signUpPerson(server, 'Dee');
    const { messages } = await platformOf(dee);

    const response = await dee.client.post(messages, { text: 'add field weight to Patient' }, SSE);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = parseEventStream(response.text);
    const names = events.map((event) => event.event);
    expect(names.at(-1)).toBe('result');
    expect(names.slice(0, -1).every((name) => name === 'text')).toBe(true);
    expect(names.filter((name) => name === 'text').length).toBeGreaterThan(1);
    const result = ChatReplyResponse.parse(events.at(-1)!.data);
    const streamed = events
      .filter((event) => event.event === 'text')
      .map((event) => event.data.delta as string)
      .join('');
    expect(streamed).toBe(result.reply.summary);
    expect(result.version.version).toBe(2);
  });

  it('streams platform creation the same way', async () => {
    const eve = await signUpPerson(server, 'Eve');
    const response = await eve.client.post('/api/platforms', { description: 'A clinic in Jeddah' }, SSE);
    expect(response.status).toBe(201);
    const events = parseEventStream(response.text);
    expect(events[0]!.event).toBe('text');
    const created = CreatePlatformResponse.parse(events.at(-1)!.data);
    expect((await eve.client.get(`/api/platforms/${created.platform.id}`)).status).toBe(200);
  });

  it('answers a refusal that comes before any text as an ordinary problem, even when streaming was asked', async () => {
    const fox = await signUpPerson(server, 'Fox');
    const { messages } = await platformOf(fox);
    const french = await fox.client.post(
      messages,
      { text: 'Je veux ajouter les allergies pour la clinique' },
      SSE,
    );
    expect(french.status).toBe(422);
    expect(french.headers.get('content-type')).toContain('application/problem+json');
    const missing = await fox.client.post(
      messages.replace(/sessions\/[^/]+/, 'sessions/0190f5d2-7c1e-7a3b-9f10-ffffffffffff'),
      { text: 'hello' },
      SSE,
    );
    expect(missing.status).toBe(404);
  });

  it('sends a failure after the text has started as an error event with a problem body', async () => {
    const gil = await signUpPerson(server, 'Gil');
    const { platform, messages } = await platformOf(gil);
    const response = await gil.client.post(
      messages,
      { text: 'add field x to Patient [fail-late:upstream_timeout]' },
      SSE,
    );
    expect(response.status).toBe(200);
    const events = parseEventStream(response.text);
    expect(events[0]!.event).toBe('text');
    expect(events.at(-1)).toMatchObject({ event: 'error', data: { status: 504, code: 'upstream_timeout' } });
    expect(events.some((event) => event.event === 'result')).toBe(false);
    expect(await versionCount(gil, platform.id)).toBe(1);
  });
});
