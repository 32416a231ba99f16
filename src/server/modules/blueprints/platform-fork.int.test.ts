import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditEntry,
  BlueprintVersionDetail,
  ForkPlatformResponse,
  PlatformPage,
  StreamPage,
} from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import { signUpPerson, startTestServer, type SignedUp, type TestServer } from '../../testing/index.js';
import { createPlatform, editedBlueprint, eventCount } from './platform-test-support.js';

describe.each(testDatabaseKinds())('forking a version into a new platform over HTTP (%s)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await signUpPerson(server, 'Root'); // the ROOT_OWNER, so the others are ordinary users
  });
  afterAll(() => server.stop());

  const versionOf = async (person: SignedUp, platformId: string, version: number) =>
    BlueprintVersionDetail.parse(
      (await person.client.get(`/api/platforms/${platformId}/versions/${version}`)).body,
    );
  const platformsUsed = async (person: SignedUp) => {
    const quotas = (await person.client.get('/api/tenant/quotas')).body.quotas as {
      quota: string;
      used: number;
    }[];
    return quotas.find((quota) => quota.quota === 'platforms')?.used;
  };

  /** A platform with two versions: the analyzer's draft and a hand edit that adds `allergies`. */
  async function platformWithTwoVersions(person: SignedUp) {
    const { platform } = await createPlatform(person);
    const blueprint = await editedBlueprint(person, platform.id, 1, 'allergies');
    const saved = await person.client.post(`/api/platforms/${platform.id}/versions`, {
      blueprint,
      basedOn: 1,
    });
    expect(saved.status, saved.text).toBe(201);
    return platform;
  }

  it("makes a new platform whose version 1 is the forked version's Blueprint, under the new name", async () => {
    const ada = await signUpPerson(server, 'Ada');
    const source = await platformWithTwoVersions(ada);
    const original = await versionOf(ada, source.id, 1);

    const response = await ada.client.post(`/api/platforms/${source.id}/fork`, {
      version: 1,
      name: '  Clinic (fork)  ',
    });

    expect(response.status, response.text).toBe(201);
    const forked = ForkPlatformResponse.parse(response.body);
    expect(forked.platform.id).not.toBe(source.id);
    expect(forked.platform).toMatchObject({
      name: 'Clinic (fork)',
      currentVersion: 1,
      approvedVersion: null,
    });
    expect(forked.version).toMatchObject({ version: 1, basedOn: null, source: 'fork', approved: false });
    expect(forked.version.author).toEqual({ id: ada.userId, label: ada.email });
    expect(forked.version.blueprint).toEqual({ ...original.blueprint, name: 'Clinic (fork)' });
    expect(forked.forkedFrom).toEqual({ platformId: source.id, version: 1 });

    // Stored as shown, with its origin in the new platform's history; the source is untouched.
    expect((await versionOf(ada, forked.platform.id, 1)).blueprint).toEqual(forked.version.blueprint);
    const history = StreamPage.parse(
      (await ada.client.get(`/api/events/streams/platform-${forked.platform.id}`)).body,
    );
    expect(history.events.map((event) => event.type)).toEqual(['PlatformCreated', 'BlueprintDrafted']);
    expect(history.events[0]!.data).toMatchObject({ forkedFrom: { platformId: source.id, version: 1 } });
    expect((await ada.client.get(`/api/platforms/${source.id}`)).body).toMatchObject({ currentVersion: 2 });
    expect(PlatformPage.parse((await ada.client.get('/api/platforms')).body).total).toBe(2);
    expect(await platformsUsed(ada)).toBe(2);
  });

  it("keeps the version's own Blueprint, name included, when no name is given", async () => {
    const ben = await signUpPerson(server, 'Ben');
    const source = await platformWithTwoVersions(ben);

    const response = await ben.client.post(`/api/platforms/${source.id}/fork`, { version: 2 });

    expect(response.status, response.text).toBe(201);
    const forked = ForkPlatformResponse.parse(response.body);
    expect(forked.version.blueprint).toEqual((await versionOf(ben, source.id, 2)).blueprint);
    const patient = forked.version.blueprint.entities.find((entity) => entity.name === 'Patient')!;
    expect(patient.fields.map((field) => field.name)).toContain('allergies');
  });

  it('refuses bad input with a 400 naming the field, and an unknown platform or version with a 404, storing nothing', async () => {
    const cy = await signUpPerson(server, 'Cy');
    const { platform } = await createPlatform(cy);
    const eventsBefore = await eventCount(server, cy.tenantId);
    const fork = (body: unknown, platformId = platform.id) =>
      cy.client.post(`/api/platforms/${platformId}/fork`, body);

    for (const [body, path, message] of [
      [{}, 'body.version', /version number/],
      [{ version: 0 }, 'body.version', /versions start at 1/],
      [{ version: '1' }, 'body.version', /version number/],
      [{ version: 1.5 }, 'body.version', /whole version number/],
      [{ version: 1, name: '   ' }, 'body.name', /must not be empty/],
      [{ version: 1, name: 'x'.repeat(121) }, 'body.name', /at most 120/],
      [{ version: 1, name: 7 }, 'body.name', /name, as text/],
    ] as const) {
      const refused = await fork(body);
      expect(refused.status, `${JSON.stringify(body)}: ${refused.text}`).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      const errors = refused.body.errors as { path: string; message: string }[];
      expect(errors.find((error) => error.path === path)?.message).toMatch(message);
    }
    const unknownField = await fork({ version: 1, slug: 'other' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.errors).toEqual([expect.objectContaining({ path: 'body' })]);

    const noVersion = await fork({ version: 9 });
    expect(noVersion.status, noVersion.text).toBe(404);
    expect(noVersion.body.detail).toContain('Version 9');
    expect(noVersion.body.hint).toContain('versions 1 to 1');
    const noPlatform = await fork({ version: 1 }, '0190f5d2-7c1e-7a3b-9f10-ffffffffffff');
    expect(noPlatform.status, noPlatform.text).toBe(404);
    const badId = await fork({ version: 1 }, 'not-an-id');
    expect(badId.status).toBe(400);

    expect(await eventCount(server, cy.tenantId)).toBe(eventsBefore);
    expect(PlatformPage.parse((await cy.client.get('/api/platforms')).body).total).toBe(1);
    expect(await platformsUsed(cy)).toBe(1);
  });

  it("answers 404 for another tenant's platform, whichever tenant the caller names", async () => {
    const dee = await signUpPerson(server, 'Dee');
    const eve = await signUpPerson(server, 'Eve');
    const { platform } = await createPlatform(dee);
    const path = `/api/platforms/${platform.id}/fork`;

    const fromOwnTenant = await eve.client.post(path, { version: 1 });
    const namingDees = await eve.client.post(path, { version: 1 }, { 'x-tenant-id': dee.tenantId });

    expect(fromOwnTenant.status, fromOwnTenant.text).toBe(404);
    expect(namingDees.status, namingDees.text).toBe(404);
    expect(PlatformPage.parse((await eve.client.get('/api/platforms')).body).total).toBe(0);
    expect(PlatformPage.parse((await dee.client.get('/api/platforms')).body).total).toBe(1);
    expect(await platformsUsed(eve)).toBe(0);
  });

  it('needs the developer role and a platform left in the quota, like creating a platform', async () => {
    const fox = await signUpPerson(server, 'Fox');
    const { platform } = await createPlatform(fox);
    const viewer = await signUpPerson(server, 'Viewer');
    const added = await fox.client.post('/api/tenant/members', { email: viewer.email, role: 'viewer' });
    expect(added.status, added.text).toBe(201);
    viewer.client.tenantId = fox.tenantId;
    const path = `/api/platforms/${platform.id}/fork`;

    expect((await viewer.client.post(path, { version: 1 })).status).toBe(403);
    expect((await fox.client.post(path, { version: 1 })).status).toBe(201);
    // The free tier holds two platforms: the third, forked or not, is refused with the way out.
    const refused = await fox.client.post(path, { version: 1 });
    expect(refused.status, refused.text).toBe(429);
    expect(refused.body.details).toMatchObject({ quota: 'platforms', tier: 'free', limit: 2 });
    expect(refused.body.hint).toMatch(/basic/);
    expect(PlatformPage.parse((await fox.client.get('/api/platforms')).body).total).toBe(2);
  });

  it('audits the fork with its source and the new platform, and a refused fork as a failure', async () => {
    const gil = await signUpPerson(server, 'Gil');
    const { platform } = await createPlatform(gil);

    const forked = ForkPlatformResponse.parse(
      (await gil.client.post(`/api/platforms/${platform.id}/fork`, { version: 1 })).body,
    );
    await gil.client.post(`/api/platforms/${platform.id}/fork`, { version: 4 });

    const entries = AuditEntry.array().parse((await gil.client.get('/api/audit')).body);
    const forks = entries.filter((entry) => entry.action === 'platform.fork');
    expect(forks.map((entry) => [entry.result, entry.resource, entry.actorLabel])).toEqual(
      expect.arrayContaining([
        ['success', `platform:${platform.id}@v1->platform:${forked.platform.id}`, gil.email],
        ['failure', `platform:${platform.id}@v4`, gil.email],
      ]),
    );
    expect(forks.find((entry) => entry.result === 'failure')?.details).toMatchObject({ code: 'not_found' });
    expect((await gil.client.get('/api/audit/verify')).body).toMatchObject({ ok: true });
  });
});
