import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../src/server/db/index.js';
import { startTestServer, type TestClient, type TestServer } from '../src/server/testing/index.js';
import { expectProblem, operationKey, operationsOf, signUp } from './api-fixture.js';

/**
 * Two tenants, A and B. For every route that reads or writes tenant data, B using A's ids gets a 404
 * and sees nothing of A. The last test fails when a route is added without a case here.
 */
describe.each(testDatabaseKinds())('two-tenant isolation on every route (%s)', (kind) => {
  let server: TestServer;
  let alice: { client: TestClient; tenantId: string; userId: string };
  let bob: { client: TestClient; tenantId: string; userId: string };
  let carolMemberId: string;
  let aliceTokenId: string;
  let aliceDeadLetterId: string;
  let alicePlatform: string;
  let aliceSession: string;
  let aliceGeneration: string;
  let aliceDeployment: string;
  let bobPlatform: string | undefined;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await signUp(server, 'Root'); // the ROOT_OWNER, so that Alice and Bob are ordinary users
    alice = await signUp(server, 'Alice');
    bob = await signUp(server, 'Bob');
    await signUp(server, 'Carol');
    const added = await alice.client.post('/api/tenant/members', {
      email: 'carol@example.com',
      role: 'developer',
    });
    expect(added.status, added.text).toBe(201);
    carolMemberId = added.body.id;
    const token = await alice.client.post('/api/auth/tokens', { name: 'alice-cli' });
    expect(token.status, token.text).toBe(201);
    aliceTokenId = token.body.id;
    const appended = await alice.client.post('/api/events/streams/order-1', {
      events: [{ type: 'shop.OrderPlaced', data: { total: 5 } }],
    });
    expect(appended.status, appended.text).toBe(201);
    aliceDeadLetterId = await deadLetterFor(server, alice.tenantId);
    const schema = await alice.client.put('/api/events/schemas/shop.Refund', {
      type: 'object',
      required: ['amount'],
    });
    expect(schema.status, schema.text).toBe(200);
    const platform = await alice.client.post('/api/platforms', { description: 'A clinic in Riyadh' });
    expect(platform.status, platform.text).toBe(201);
    alicePlatform = platform.body.platform.id;
    aliceSession = platform.body.sessionId;
    const generation = await alice.client.post(`/api/platforms/${alicePlatform}/generations`, {});
    expect(generation.status, generation.text).toBe(201);
    aliceGeneration = generation.body.id;
    const deployment = await alice.client.post(`/api/platforms/${alicePlatform}/deployments`, {});
    expect(deployment.status, deployment.text).toBe(201);
    expect(deployment.body.status, deployment.text).toBe('live');
    aliceDeployment = deployment.body.id;
  }, 120_000);
  afterAll(() => server.stop());

  const cases: Record<string, () => Promise<void>> = {
    'GET /api/tenant': async () => {
      expectProblem(await bob.client.get('/api/tenant', { 'x-tenant-id': alice.tenantId }), 404);
      expect((await bob.client.get('/api/tenant')).body.id).toBe(bob.tenantId);
    },
    'PATCH /api/tenant': async () => {
      expectProblem(
        await bob.client.patch('/api/tenant', { name: 'Taken over' }, { 'x-tenant-id': alice.tenantId }),
        404,
      );
      expect((await alice.client.get('/api/tenant')).body.name).not.toBe('Taken over');
    },
    'GET /api/tenant/members': async () => {
      expectProblem(await bob.client.get('/api/tenant/members', { 'x-tenant-id': alice.tenantId }), 404);
      const own = (await bob.client.get('/api/tenant/members')).body as { id: string }[];
      expect(own.map((member) => member.id)).not.toContain(carolMemberId);
    },
    'POST /api/tenant/members': async () => {
      const response = await bob.client.post(
        '/api/tenant/members',
        { email: 'bob@example.com', role: 'owner' },
        { 'x-tenant-id': alice.tenantId },
      );
      expectProblem(response, 404);
    },
    'PATCH /api/tenant/members/{memberId}': async () => {
      expectProblem(await bob.client.patch(`/api/tenant/members/${carolMemberId}`, { role: 'viewer' }), 404);
      expectProblem(
        await bob.client.patch(
          `/api/tenant/members/${carolMemberId}`,
          { role: 'viewer' },
          { 'x-tenant-id': alice.tenantId },
        ),
        404,
      );
    },
    'DELETE /api/tenant/members/{memberId}': async () => {
      expectProblem(await bob.client.delete(`/api/tenant/members/${carolMemberId}`), 404);
      const members = (await alice.client.get('/api/tenant/members')).body as { id: string }[];
      expect(members.map((member) => member.id)).toContain(carolMemberId);
    },
    'GET /api/tenant/quotas': async () => {
      expectProblem(await bob.client.get('/api/tenant/quotas', { 'x-tenant-id': alice.tenantId }), 404);
    },
    'GET /api/audit': async () => {
      expectProblem(await bob.client.get('/api/audit', { 'x-tenant-id': alice.tenantId }), 404);
      // Bob's own log holds his attempts on Alice's ids, but nothing Alice did.
      const own = (await bob.client.get('/api/audit')).body as { actorLabel: string }[];
      expect(own.length).toBeGreaterThan(0);
      expect(new Set(own.map((entry) => entry.actorLabel))).toEqual(new Set(['bob@example.com']));
    },
    'GET /api/audit/verify': async () => {
      expectProblem(await bob.client.get('/api/audit/verify', { 'x-tenant-id': alice.tenantId }), 404);
    },
    'DELETE /api/auth/tokens/{tokenId}': async () => {
      expectProblem(await bob.client.delete(`/api/auth/tokens/${aliceTokenId}`), 404);
      const tokens = (await alice.client.get('/api/auth/tokens')).body as {
        id: string;
        revokedAt: string | null;
      }[];
      expect(tokens.find((token) => token.id === aliceTokenId)?.revokedAt).toBeNull();
    },
    'GET /api/auth/tokens': async () => {
      const tokens = (await bob.client.get('/api/auth/tokens')).body as { id: string }[];
      expect(tokens.map((token) => token.id)).not.toContain(aliceTokenId);
    },
    'GET /api/tenants': async () => {
      const tenants = (await bob.client.get('/api/tenants')).body as { id: string }[];
      expect(tenants.map((tenant) => tenant.id)).toEqual([bob.tenantId]);
    },
    'POST /api/events/streams/{streamId}': async () => {
      const into = await bob.client.post(
        '/api/events/streams/order-1',
        { events: [{ type: 'x.Y', data: {} }] },
        { 'x-tenant-id': alice.tenantId },
      );
      expectProblem(into, 404);
      // The same stream name in Bob's own tenant is Bob's own stream: Alice's version is not visible to it.
      const own = await bob.client.post('/api/events/streams/order-1', {
        events: [{ type: 'x.Y', data: {} }],
        expectedVersion: 1,
      });
      expectProblem(own, 409);
      expect((await alice.client.get('/api/events/streams/order-1')).body.version).toBe(1);
    },
    'GET /api/events/streams/{streamId}': async () => {
      expectProblem(
        await bob.client.get('/api/events/streams/order-1', { 'x-tenant-id': alice.tenantId }),
        404,
      );
      expectProblem(await bob.client.get('/api/events/streams/order-1'), 404);
    },
    'GET /api/events': async () => {
      expectProblem(await bob.client.get('/api/events', { 'x-tenant-id': alice.tenantId }), 404);
      expect((await bob.client.get('/api/events')).body.events).toEqual([]);
    },
    'GET /api/events/live': async () => {
      expectProblem(
        await bob.client.get('/api/events/live?after=0:0', { 'x-tenant-id': alice.tenantId }),
        404,
      );
      // Refused before the stream opens: a follower never sees a byte of another tenant's events.
      expectProblem(
        await bob.client.get('/api/events/live?after=0:0', {
          'x-tenant-id': alice.tenantId,
          accept: 'text/event-stream',
        }),
        404,
      );
      expect((await bob.client.get('/api/events/live?after=0:0')).body.events).toEqual([]);
    },
    'GET /api/events/subscriptions': async () => {
      expectProblem(
        await bob.client.get('/api/events/subscriptions', { 'x-tenant-id': alice.tenantId }),
        404,
      );
    },
    'GET /api/events/dead-letters': async () => {
      expectProblem(await bob.client.get('/api/events/dead-letters', { 'x-tenant-id': alice.tenantId }), 404);
      expect((await bob.client.get('/api/events/dead-letters')).body).toEqual([]);
      expect((await alice.client.get('/api/events/dead-letters')).body).toHaveLength(1);
    },
    'GET /api/events/dead-letters/{id}': async () => {
      expectProblem(await bob.client.get(`/api/events/dead-letters/${aliceDeadLetterId}`), 404);
      expectProblem(
        await bob.client.get(`/api/events/dead-letters/${aliceDeadLetterId}`, {
          'x-tenant-id': alice.tenantId,
        }),
        404,
      );
    },
    'POST /api/events/dead-letters/{id}/replay': async () => {
      expectProblem(await bob.client.post(`/api/events/dead-letters/${aliceDeadLetterId}/replay`), 404);
    },
    'POST /api/events/dead-letters/{id}/discard': async () => {
      expectProblem(await bob.client.post(`/api/events/dead-letters/${aliceDeadLetterId}/discard`), 404);
      expect((await alice.client.get(`/api/events/dead-letters/${aliceDeadLetterId}`)).body.status).toBe(
        'dead',
      );
    },
    'PUT /api/events/schemas/{type}': async () => {
      expectProblem(
        await bob.client.put(
          '/api/events/schemas/shop.Refund',
          { type: 'object' },
          { 'x-tenant-id': alice.tenantId },
        ),
        404,
      );
      // Bob's schema of the same name is his own: Alice's appends still meet hers, Bob's meet his.
      expect((await bob.client.put('/api/events/schemas/shop.Refund', { type: 'object' })).status).toBe(200);
      const refund = { events: [{ type: 'shop.Refund', data: { reason: 'late' } }] };
      expectProblem(await alice.client.post('/api/events/streams/refund-1', refund), 400);
      expect((await bob.client.post('/api/events/streams/refund-1', refund)).status).toBe(201);
    },
    'GET /api/events/schemas': async () => {
      expectProblem(await bob.client.get('/api/events/schemas', { 'x-tenant-id': alice.tenantId }), 404);
      const own = (await bob.client.get('/api/events/schemas')).body as { schema: unknown }[];
      expect(own.map((entry) => entry.schema)).not.toContainEqual({ type: 'object', required: ['amount'] });
    },
    ...platformCases(),
    ...generationCases(),
    ...deploymentCases(),
    'PUT /api/admin/tenants/{tenantId}/tier': async () => {
      expectProblem(
        await bob.client.put(`/api/admin/tenants/${alice.tenantId}/tier`, { tier: 'sovereign' }),
        403,
      );
    },
    'GET /api/admin/tenants': async () => {
      expectProblem(await bob.client.get('/api/admin/tenants'), 403);
    },
    'GET /api/admin/audit': async () => {
      expectProblem(await bob.client.get('/api/admin/audit'), 403);
    },
    'GET /api/admin/audit/verify': async () => {
      expectProblem(await bob.client.get('/api/admin/audit/verify'), 403);
    },
  };

  /** Bob, in his own tenant or naming Alice's, never reaches Alice's platforms, versions or chats. */
  function platformCases(): Record<string, () => Promise<void>> {
    const asAlice = () => ({ 'x-tenant-id': alice.tenantId });
    const base = () => `/api/platforms/${alicePlatform}`;
    const messages = () => `${base()}/sessions/${aliceSession}/messages`;
    const bothWays = async (method: string, path: string, body?: unknown) => {
      expectProblem(await bob.client.request(method, path, body), 404);
      expectProblem(await bob.client.request(method, path, body, asAlice()), 404);
    };
    const aliceVersions = async () =>
      ((await alice.client.get(`${base()}/versions`)).body as unknown[]).length;
    return {
      'GET /api/platforms': async () => {
        expectProblem(await bob.client.get('/api/platforms', asAlice()), 404);
        expect((await bob.client.get('/api/platforms')).body.total).toBe(0);
      },
      'POST /api/platforms': async () => {
        expectProblem(await bob.client.post('/api/platforms', { description: 'A shop' }, asAlice()), 404);
        expect((await alice.client.get('/api/platforms')).body.total).toBe(1);
      },
      'GET /api/platforms/{platformId}': () => bothWays('GET', base()),
      'GET /api/platforms/{platformId}/versions': () => bothWays('GET', `${base()}/versions`),
      'POST /api/platforms/{platformId}/versions': async () => {
        const { blueprint } = (await alice.client.get(`${base()}/versions/1`)).body;
        await bothWays('POST', `${base()}/versions`, {
          blueprint: { ...blueprint, name: 'Taken' },
          basedOn: 1,
        });
        expect(await aliceVersions()).toBe(1);
      },
      'GET /api/platforms/{platformId}/versions/{version}': () => bothWays('GET', `${base()}/versions/1`),
      'GET /api/platforms/{platformId}/diff': () => bothWays('GET', `${base()}/diff?from=1&to=1`),
      'POST /api/platforms/{platformId}/versions/{version}/approve': async () => {
        await bothWays('POST', `${base()}/versions/1/approve`, {});
        expect((await alice.client.get(base())).body.approvedVersion).toBeNull();
      },
      'POST /api/platforms/{platformId}/versions/{version}/restore': async () => {
        await bothWays('POST', `${base()}/versions/1/restore`, {});
        expect(await aliceVersions()).toBe(1);
      },
      'POST /api/platforms/{platformId}/fork': async () => {
        await bothWays('POST', `${base()}/fork`, { version: 1, name: 'Stolen' });
        expect((await alice.client.get('/api/platforms')).body.total).toBe(1);
      },
      'GET /api/platforms/{platformId}/sessions': () => bothWays('GET', `${base()}/sessions`),
      'POST /api/platforms/{platformId}/sessions': async () => {
        await bothWays('POST', `${base()}/sessions`, {});
        expect((await alice.client.get(`${base()}/sessions`)).body).toHaveLength(1);
      },
      'GET /api/platforms/{platformId}/sessions/{sessionId}/messages': () => bothWays('GET', messages()),
      'POST /api/platforms/{platformId}/sessions/{sessionId}/messages': async () => {
        await bothWays('POST', messages(), { text: 'add field stolen to Patient' });
        expect((await alice.client.get(messages())).body).toHaveLength(2);
        expect(await aliceVersions()).toBe(1);
      },
    };
  }

  /** Bob never sees, deploys, stops, restarts or rolls back Alice's platforms, nor reads their secrets. */
  function deploymentCases(): Record<string, () => Promise<void>> {
    const asAlice = () => ({ 'x-tenant-id': alice.tenantId });
    const base = () => `/api/platforms/${alicePlatform}/deployments`;
    const deployment = () => `${base()}/${aliceDeployment}`;
    const bothWays = async (method: string, path: string, body?: unknown) => {
      expectProblem(await bob.client.request(method, path, body), 404);
      expectProblem(await bob.client.request(method, path, body, asAlice()), 404);
    };
    // Bob's own platform, made when first needed (earlier cases check that Bob has none).
    const bobsPlatform = async () => {
      if (!bobPlatform) {
        const made = await bob.client.post('/api/platforms', { description: 'A clinic in Jeddah' });
        expect(made.status, made.text).toBe(201);
        bobPlatform = made.body.platform.id as string;
      }
      return bobPlatform;
    };
    const aliceStillLive = async () => {
      const own = (await alice.client.get(deployment())).body as { status: string };
      expect(own.status).toBe('live');
    };
    return {
      'GET /api/platforms/{platformId}/deployments': () => bothWays('GET', base()),
      'POST /api/platforms/{platformId}/deployments': async () => {
        await bothWays('POST', base(), {});
        const [row] = await server.database.query<{ alice: string; bob: string }>(
          `select count(*) filter (where tenant_id = $1) as alice, count(*) filter (where tenant_id = $2) as bob
             from deployments`,
          [alice.tenantId, bob.tenantId],
        );
        expect({ alice: Number(row!.alice), bob: Number(row!.bob) }).toEqual({ alice: 1, bob: 0 });
      },
      'GET /api/deployments': async () => {
        expectProblem(await bob.client.get('/api/deployments', asAlice()), 404);
        const own = (await bob.client.get('/api/deployments')).body as { id: string }[];
        expect(own.map((each) => each.id)).not.toContain(aliceDeployment);
      },
      'GET /api/platforms/{platformId}/deployments/{deploymentId}': async () => {
        await bothWays('GET', deployment());
        // Nor through his own platform's path.
        expectProblem(
          await bob.client.get(`/api/platforms/${await bobsPlatform()}/deployments/${aliceDeployment}`),
          404,
        );
      },
      'GET /api/platforms/{platformId}/deployments/{deploymentId}/logs': () =>
        bothWays('GET', `${deployment()}/logs`),
      'POST /api/platforms/{platformId}/deployments/{deploymentId}/stop': async () => {
        await bothWays('POST', `${deployment()}/stop`, {});
        expectProblem(
          await bob.client.post(`/api/platforms/${await bobsPlatform()}/deployments/${aliceDeployment}/stop`),
          404,
        );
        await aliceStillLive();
      },
      'POST /api/platforms/{platformId}/deployments/{deploymentId}/restart': async () => {
        await bothWays('POST', `${deployment()}/restart`, {});
        await aliceStillLive();
      },
      'POST /api/platforms/{platformId}/rollback': async () => {
        await bothWays('POST', `/api/platforms/${alicePlatform}/rollback`, {});
        await aliceStillLive();
      },
      'GET /api/platforms/{platformId}/admin-credentials': () =>
        bothWays('GET', `/api/platforms/${alicePlatform}/admin-credentials`),
    };
  }

  /** Bob never lists, reads, downloads or adds to Alice's generated code. */
  function generationCases(): Record<string, () => Promise<void>> {
    const asAlice = () => ({ 'x-tenant-id': alice.tenantId });
    const base = () => `/api/platforms/${alicePlatform}/generations`;
    const generation = () => `${base()}/${aliceGeneration}`;
    const bothWays = async (method: string, path: string, body?: unknown) => {
      expectProblem(await bob.client.request(method, path, body), 404);
      expectProblem(await bob.client.request(method, path, body, asAlice()), 404);
    };
    const generationCounts = async () => {
      const [row] = await server.database.query<{ alice: string; bob: string }>(
        `select count(*) filter (where tenant_id = $1) as alice, count(*) filter (where tenant_id = $2) as bob
           from generations`,
        [alice.tenantId, bob.tenantId],
      );
      return { alice: Number(row!.alice), bob: Number(row!.bob) };
    };
    return {
      'GET /api/platforms/{platformId}/generations': () => bothWays('GET', base()),
      'POST /api/platforms/{platformId}/generations': async () => {
        await bothWays('POST', base(), {});
        await bothWays('POST', base(), { version: 1 });
        expect(await generationCounts()).toEqual({ alice: 1, bob: 0 });
      },
      'GET /api/platforms/{platformId}/generations/{generationId}': () => bothWays('GET', generation()),
      'GET /api/platforms/{platformId}/generations/{generationId}/files': () =>
        bothWays('GET', `${generation()}/files?path=README.md`),
      'GET /api/platforms/{platformId}/generations/{generationId}/zip': async () => {
        await bothWays('GET', `${generation()}/zip`);
        // The same download still works for Alice: the refusals above were about Bob, not the route.
        expect((await alice.client.get(`${generation()}/zip`)).status).toBe(200);
      },
    };
  }

  for (const [route, check] of Object.entries(cases)) {
    it(`keeps tenant A's data from tenant B on ${route}`, check);
  }

  it('has a case for every route that takes a tenant or an id', async () => {
    const needingCases = (await operationsOf(server))
      .filter(
        (operation) =>
          operation.tenantScoped ||
          operation.pathParams.length > 0 ||
          operation.path.startsWith('/api/admin/'),
      )
      .map(operationKey);
    expect(needingCases.filter((key) => !(key in cases))).toEqual([]);
  });
});

/**
 * No production subscription fails on purpose, so the test puts a dead letter for Alice's event
 * straight into the table, as the subscription runner would after its last retry.
 */
async function deadLetterFor(server: TestServer, tenantId: string): Promise<string> {
  const [event] = await server.database.query<{
    global_position: string;
    event_id: string;
    stream_id: string;
    type: string;
  }>('select global_position, event_id, stream_id, type from events where tenant_id = $1 limit 1', [
    tenantId,
  ]);
  const id = '0190f5d2-7c1e-7a3b-9f10-0000000dead1';
  await server.database.query(
    `insert into event_dead_letters (tenant_id, id, subscription, global_position, event_id, stream_id, event_type, attempts, last_error)
     values ($1, $2, 'isolation-test', $3, $4, $5, $6, 10, 'handler failed')`,
    [tenantId, id, event!.global_position, event!.event_id, event!.stream_id, event!.type],
  );
  return id;
}
