import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/index.js';
import { signUpPerson, startTestServer, type TestServer } from '../../testing/index.js';
import { createPlatform, DESCRIPTION, eventCount } from './platform-test-support.js';

describe.each(testDatabaseKinds())('platform refusals and guards over HTTP (%s)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await signUpPerson(server, 'Root'); // the ROOT_OWNER, so the others are ordinary users
  });
  afterAll(() => server.stop());
  const eventsOf = (tenantId: string) => eventCount(server, tenantId);

  it('refuses empty, oversized and unreadable descriptions, storing nothing', async () => {
    const jo = await signUpPerson(server, 'Jo');
    const empty = await jo.client.post('/api/platforms', { description: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].path).toBe('body.description');
    const huge = await jo.client.post('/api/platforms', { description: 'clinic '.repeat(7_200) });
    expect(huge.status).toBe(400);
    expect(huge.body.errors[0].message).toMatch(/20000/);
    const french = await jo.client.post('/api/platforms', {
      description: 'Je veux une plateforme pour gérer les patients et les rendez-vous de la clinique',
    });
    expect(french.status, french.text).toBe(422);
    expect(french.body.hint).toMatch(/English or Arabic/);

    expect((await jo.client.get('/api/platforms')).body.total).toBe(0);
    expect(await eventsOf(jo.tenantId)).toBe(0);
    const quotas = (await jo.client.get('/api/tenant/quotas')).body.quotas as {
      quota: string;
      used: number;
    }[];
    expect(quotas.find((quota) => quota.quota === 'platforms')?.used).toBe(0);
  });

  it("refuses a platform beyond the tier's quota with a 429 that names the way out", async () => {
    const kim = await signUpPerson(server, 'Kim');
    await createPlatform(kim);
    await createPlatform(kim);
    const refused = await kim.client.post('/api/platforms', { description: DESCRIPTION });
    expect(refused.status, refused.text).toBe(429);
    expect(refused.body.details).toMatchObject({ quota: 'platforms', tier: 'free', limit: 2 });
    expect(refused.body.hint).toMatch(/basic/);
    expect((await kim.client.get('/api/platforms')).body.total).toBe(2);
  });

  it('keeps viewers to reading and admins to approving', async () => {
    const lee = await signUpPerson(server, 'Lee');
    const { platform } = await createPlatform(lee);
    const viewer = await signUpPerson(server, 'Viewer');
    const developer = await signUpPerson(server, 'Developer');
    for (const [person, role] of [
      [viewer, 'viewer'],
      [developer, 'developer'],
    ] as const) {
      const added = await lee.client.post('/api/tenant/members', { email: person.email, role });
      expect(added.status, added.text).toBe(201);
      person.client.tenantId = lee.tenantId;
    }

    expect((await viewer.client.get(`/api/platforms/${platform.id}/versions`)).status).toBe(200);
    expect((await viewer.client.post(`/api/platforms/${platform.id}/versions/1/restore`)).status).toBe(403);
    expect((await developer.client.post(`/api/platforms/${platform.id}/versions/1/approve`)).status).toBe(
      403,
    );
    expect((await developer.client.post(`/api/platforms/${platform.id}/versions/1/restore`)).status).toBe(
      201,
    );
  });

  it('audits every change, refusals included', async () => {
    const max = await signUpPerson(server, 'Max');
    const { platform } = await createPlatform(max);
    await max.client.post(`/api/platforms/${platform.id}/versions/1/approve`);
    await max.client.post(`/api/platforms/${platform.id}/versions/5/restore`);
    const entries = (await max.client.get('/api/audit')).body as { action: string; result: string }[];
    const actions = entries.map((entry) => `${entry.action}:${entry.result}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'platform.create:success',
        'ai.call.allowed:success',
        'blueprint.approve:success',
        'blueprint.restore:failure',
      ]),
    );
    expect((await max.client.get('/api/audit/verify')).body).toMatchObject({ ok: true });
  });

  it('refuses platform events sent through the generic events API, even well-formed ones that continue the history', async () => {
    const ned = await signUpPerson(server, 'Ned');
    const { platform, version } = await createPlatform(ned);
    const revised = (next: number) => ({
      type: 'BlueprintRevised',
      data: {
        platformId: platform.id,
        version: next,
        basedOn: 1,
        blueprint: version.blueprint,
        source: 'import',
        renames: { entities: [], fields: [] },
        author: { id: null, label: 'script' },
      },
    });

    const skipping = await ned.client.post(`/api/events/streams/platform-${platform.id}`, {
      events: [revised(5)],
    });
    const elsewhere = await ned.client.post('/api/events/streams/somewhere-else', { events: [revised(2)] });
    // The next version with the current Blueprint: only the blueprints module may judge it.
    const continuing = await ned.client.post(`/api/events/streams/platform-${platform.id}`, {
      events: [revised(2)],
    });

    expect([skipping.status, elsewhere.status, continuing.status]).toEqual([403, 403, 403]);
    expect(continuing.body.hint).toMatch(/\/api\/platforms/);
    expect((await ned.client.get(`/api/platforms/${platform.id}/versions`)).body).toHaveLength(1);
  });
});
