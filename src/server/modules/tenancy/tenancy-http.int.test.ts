import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Member, QuotaReport, TenantSummary } from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import { startTestServer, type TestClient, type TestServer } from '../../testing/index.js';
import { seedUsers } from './test-support.js';

const PASSWORD = 'a long enough password';

describe.each(testDatabaseKinds())('tenancy over HTTP (%s)', (kind) => {
  let server: TestServer;
  let root: TestClient;

  /** A new browser, signed up, acting in the tenant its sign-up created. */
  async function signedUp(name: string): Promise<{ browser: TestClient; tenantId: string }> {
    const browser = server.client();
    const email = `${name.toLowerCase()}@example.com`;
    const response = await browser.post('/api/auth/signup', { email, password: PASSWORD, displayName: name });
    expect(response.status).toBe(201);
    browser.tenantId = response.body.tenants[0].id as string;
    return { browser, tenantId: browser.tenantId };
  }

  beforeAll(async () => {
    server = await startTestServer(kind);
    root = (await signedUp('Root')).browser; // the first account is the ROOT_OWNER
  });
  afterAll(() => server.stop());

  it('lets exactly the free seats go to 200 people added at once, and names the way out to the rest', async () => {
    const { browser } = await signedUp('Racer');
    const people = await seedUsers(server.database, 'racer-guest', 200);
    const responses = await Promise.all(
      people.map((person) => browser.post('/api/tenant/members', { email: person.email, role: 'viewer' })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(2); // free: 3 seats, the owner holds one
    expect(statuses.filter((status) => status === 429)).toHaveLength(198);
    const refusal = responses.find((response) => response.status === 429)!.body;
    expect(refusal).toMatchObject({
      code: 'quota_exceeded',
      details: { quota: 'seats', tier: 'free', limit: 3, upgradeTo: 'basic' },
    });
    expect(refusal.detail).toMatch(/seats/);
    expect(refusal.detail).toMatch(/basic/);
    const quotas = await browser.get('/api/tenant/quotas');
    expect(QuotaReport.parse(quotas.body).quotas.find((quota) => quota.quota === 'seats')).toMatchObject({
      used: 3,
      limit: 3,
    });
    expect((await browser.get('/api/tenant/members')).body).toHaveLength(3);
  });

  it('leaves tiers to the ROOT_OWNER, and a higher tier lets more people in', async () => {
    const { browser, tenantId } = await signedUp('Upgrader');
    const guests = await seedUsers(server.database, 'upgrade-guest', 3);
    for (const guest of guests.slice(0, 2)) {
      expect((await browser.post('/api/tenant/members', { email: guest.email, role: 'viewer' })).status).toBe(
        201,
      );
    }
    expect(
      (await browser.post('/api/tenant/members', { email: guests[2]!.email, role: 'viewer' })).status,
    ).toBe(429);

    expect((await browser.put(`/api/admin/tenants/${tenantId}/tier`, { tier: 'basic' })).status).toBe(403);
    expect((await browser.get('/api/admin/tenants')).status).toBe(403);
    const changed = await root.put(`/api/admin/tenants/${tenantId}/tier`, { tier: 'basic' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: tenantId, tier: 'basic' });
    expect(
      (await root.put('/api/admin/tenants/0190f5d2-7c1e-7a3b-9f10-00000000dead/tier', { tier: 'pro' }))
        .status,
    ).toBe(404);
    const all = z.array(TenantSummary).parse((await root.get('/api/admin/tenants')).body);
    expect(all.map((tenant) => tenant.id)).toContain(tenantId);

    expect(
      (await browser.post('/api/tenant/members', { email: guests[2]!.email, role: 'viewer' })).status,
    ).toBe(201);
    expect((await browser.get('/api/tenant')).body.tier).toBe('basic');
  });

  it("keeps one tenant's members out of another's reach, by id", async () => {
    const a = await signedUp('Amal');
    const b = await signedUp('Badr');
    const [guest] = await seedUsers(server.database, 'isolation-guest');
    const added = await a.browser.post('/api/tenant/members', { email: guest!.email, role: 'developer' });
    expect(added.status).toBe(201);

    expect((await b.browser.patch(`/api/tenant/members/${added.body.id}`, { role: 'admin' })).status).toBe(
      404,
    );
    expect((await b.browser.delete(`/api/tenant/members/${added.body.id}`)).status).toBe(404);
    expect((await b.browser.get('/api/tenant/members', { 'x-tenant-id': a.tenantId })).status).toBe(404);
    const seen = await a.browser.get('/api/tenant/members');
    const members = z.array(Member).parse(seen.body);
    expect(members.find((member) => member.id === added.body.id)?.role).toBe('developer');
  });

  it('manages roles: the last owner stays, a viewer cannot rename, removal frees the seat', async () => {
    const { browser } = await signedUp('Salma');
    const [guest] = await seedUsers(server.database, 'roles-guest');
    const members = (await browser.get('/api/tenant/members')).body as { id: string; role: string }[];
    const self = members[0]!;
    expect((await browser.patch(`/api/tenant/members/${self.id}`, { role: 'admin' })).status).toBe(409);
    expect((await browser.delete(`/api/tenant/members/${self.id}`)).status).toBe(409);

    const added = await browser.post('/api/tenant/members', { email: guest!.email, role: 'viewer' });
    expect(added.status).toBe(201);
    expect((await browser.patch(`/api/tenant/members/${added.body.id}`, { role: 'admin' })).body.role).toBe(
      'admin',
    );
    expect((await browser.delete(`/api/tenant/members/${added.body.id}`)).status).toBe(204);
    const report = QuotaReport.parse((await browser.get('/api/tenant/quotas')).body);
    const seats = report.quotas.find((quota) => quota.quota === 'seats')!;
    expect(seats.used).toBe(1);
    const renamed = await browser.patch('/api/tenant', { name: 'Salma Health' });
    expect(renamed.body).toMatchObject({ name: 'Salma Health', role: 'owner' });
  });

  it('creates more tenants for a person, with unique slugs, 409 on a taken slug', async () => {
    const { browser } = await signedUp('Creator');
    const first = await browser.post('/api/tenants', { name: 'Jeddah Bank' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ slug: 'jeddah-bank', role: 'owner', tier: 'free' });
    expect((await browser.post('/api/tenants', { name: 'Jeddah Bank' })).body.slug).toBe('jeddah-bank-2');
    expect((await browser.post('/api/tenants', { name: 'بنك جدة' })).body.slug).toMatch(/^org-[a-z0-9]{6}$/);
    const taken = await browser.post('/api/tenants', { name: 'Other', slug: 'jeddah-bank' });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('conflict');
    expect((await browser.get('/api/tenants')).body).toHaveLength(4);
    expect((await server.client().get('/api/tiers')).body).toHaveLength(5);
  });

  it('records member changes in the tenant audit log, refusals included', async () => {
    const { browser } = await signedUp('Audited');
    await browser.post('/api/tenant/members', { email: 'nobody-here@example.com', role: 'viewer' });
    const entries = (await browser.get('/api/audit')).body as { action: string; result: string }[];
    expect(entries.some((entry) => entry.action === 'member.add' && entry.result === 'failure')).toBe(true);
  });
});
