import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabaseKinds } from '../../db/index.js';
import { startTestServer, type TestClient, type TestServer } from '../../testing/index.js';

describe.each(testDatabaseKinds())('events over HTTP (%s)', (kind) => {
  let server: TestServer;
  let alice: TestClient;
  let bob: TestClient;

  const signUp = async (name: string) => {
    const client = server.client();
    const response = await client.post('/api/auth/signup', {
      email: `${name}@example.com`,
      password: 'correct horse battery',
      displayName: name,
    });
    expect(response.status, response.text).toBe(201);
    client.tenantId = response.body.tenants[0].id as string;
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer(kind);
    await signUp('root');
    alice = await signUp('alice');
    bob = await signUp('bob');
  });
  afterAll(() => server.stop());

  it('appends with an expected version, reads the stream and all events, and answers a conflict with 409', async () => {
    const body = {
      expectedVersion: 'no_stream',
      events: [{ type: 'crm.LeadCaptured', data: { name: 'Lina' } }],
    };
    const created = await alice.post('/api/events/streams/lead-1', body);
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ streamId: 'lead-1', nextVersion: 1, duplicate: false });
    const conflict = await alice.post('/api/events/streams/lead-1', body);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({
      code: 'concurrency_conflict',
      details: { expected: 'no_stream', actual: 1 },
    });
    await alice.post('/api/events/streams/lead-1', {
      expectedVersion: 1,
      events: [{ type: 'crm.LeadQualified', data: {} }],
    });
    const stream = await alice.get('/api/events/streams/lead-1?direction=backwards');
    expect((stream.body.events as { type: string }[]).map((event) => event.type)).toEqual([
      'crm.LeadQualified',
      'crm.LeadCaptured',
    ]);
    // Read-all shows a transaction once every older one in the cluster has ended (snapshot xmin), and
    // other test databases share this PostgreSQL cluster: wait for visibility rather than assume it.
    const all = await vi.waitFor(async () => {
      const page = await alice.get('/api/events?after=0:0&limit=1');
      expect(page.status, page.text).toBe(200);
      expect(page.body.events).toHaveLength(1);
      return page;
    });
    await vi.waitFor(async () => {
      const rest = await alice.get(`/api/events?after=${all.body.next}`);
      expect((rest.body.events as { type: string }[]).map((event) => event.type)).toEqual([
        'crm.LeadQualified',
      ]);
    });
  });

  it('refuses data that is not an object, or larger than 64 KB, with a 4xx', async () => {
    const notObject = await alice.post('/api/events/streams/lead-2', {
      events: [{ type: 'crm.X', data: [1] }],
    });
    expect(notObject.status).toBe(400);
    const big = { events: [{ type: 'crm.Big', data: { blob: 'x'.repeat(70 * 1024) } }] };
    expect((await alice.post('/api/events/streams/lead-2', big)).status).toBe(413);
    expect((await alice.get('/api/events/streams/lead-2')).status).toBe(404);
  });

  it("keeps one tenant's events from another", async () => {
    const peek = await bob.get('/api/events/streams/lead-1');
    expect(peek.status).toBe(404);
    expect(peek.body.events).toBeUndefined();
    expect((await bob.get('/api/events')).body.events).toEqual([]);
    const intoAlice = await bob.post(
      '/api/events/streams/lead-1',
      { events: [{ type: 'crm.X', data: {} }] },
      { 'x-tenant-id': alice.tenantId! },
    );
    expect(intoAlice.status).toBe(404);
  });

  it('lists subscriptions and dead letters (none registered yet)', async () => {
    expect((await alice.get('/api/events/subscriptions')).body).toEqual([]);
    expect((await alice.get('/api/events/dead-letters')).body).toEqual([]);
    const missing = await alice.post('/api/events/dead-letters/0190f5d2-7c1e-7a3b-9f10-000000000000/discard');
    expect(missing.status).toBe(404);
  });
});
