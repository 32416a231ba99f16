import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BlueprintDiff,
  BlueprintVersionDetail,
  BlueprintVersionSummary,
  PlatformPage,
  PlatformSummary,
} from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import { signUpPerson, startTestServer, type TestServer } from '../../testing/index.js';
import { createPlatform, editedBlueprint, eventCount } from './platform-test-support.js';

describe.each(testDatabaseKinds())('platforms and Blueprint versions over HTTP (%s)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
    await signUpPerson(server, 'Root'); // the ROOT_OWNER, so the others are ordinary users
  });
  afterAll(() => server.stop());
  const eventsOf = (tenantId: string) => eventCount(server, tenantId);

  it('creates a platform from a description: version 1, the analysis and a chat session', async () => {
    const alice = await signUpPerson(server, 'Alice');
    const created = await createPlatform(alice);

    expect(created.platform).toMatchObject({ name: 'City Clinic', currentVersion: 1, approvedVersion: null });
    expect(created.version).toMatchObject({ version: 1, basedOn: null, source: 'chat', approved: false });
    expect(created.version.author).toEqual({ id: alice.userId, label: alice.email });
    expect(created.analysis.summary).toContain('City Clinic');
    expect(created.analysis.openQuestions.length).toBeGreaterThan(0);
    const messages = await alice.client.get(
      `/api/platforms/${created.platform.id}/sessions/${created.sessionId}/messages`,
    );
    expect((messages.body as { kind: string }[]).map((message) => message.kind)).toEqual([
      'message',
      'reply',
    ]);
    expect(messages.body[1].version).toBe(1);
  });

  it('lists platforms newest first, searches names and pages', async () => {
    const bob = await signUpPerson(server, 'Bob');
    const first = await createPlatform(bob, 'A clinic called "Harbour Clinic" for sailors');
    const second = await createPlatform(bob, 'A clinic called "Desert Care 100%" in the desert');

    const all = PlatformPage.parse((await bob.client.get('/api/platforms')).body);
    expect(all.platforms.map((platform) => platform.id)).toEqual([second.platform.id, first.platform.id]);
    expect(all.total).toBe(2);
    const found = PlatformPage.parse((await bob.client.get('/api/platforms?q=harbour')).body);
    expect(found.platforms.map((platform) => platform.name)).toEqual(['Harbour Clinic']);
    // A % in the search is a literal character, not a wildcard.
    const literal = PlatformPage.parse((await bob.client.get('/api/platforms?q=100%25')).body);
    expect(literal.platforms.map((platform) => platform.name)).toEqual(['Desert Care 100%']);
    const paged = PlatformPage.parse((await bob.client.get('/api/platforms?limit=1&offset=1')).body);
    expect(paged).toMatchObject({ total: 2, limit: 1, offset: 1 });
    expect(paged.platforms.map((platform) => platform.id)).toEqual([first.platform.id]);
    const one = await bob.client.get(`/api/platforms/${first.platform.id}`);
    expect(PlatformSummary.parse(one.body)).toEqual(first.platform);
  });

  it('saves a hand edit as the next version, and lists and shows versions', async () => {
    const carol = await signUpPerson(server, 'Carol');
    const { platform } = await createPlatform(carol);
    const blueprint = await editedBlueprint(carol, platform.id, 1, 'insuranceNumber');

    const saved = await carol.client.post(`/api/platforms/${platform.id}/versions`, {
      blueprint,
      basedOn: 1,
    });

    expect(saved.status, saved.text).toBe(201);
    expect(saved.body).toMatchObject({ version: 2, basedOn: 1, source: 'edit' });
    const versions = z
      .array(BlueprintVersionSummary)
      .parse((await carol.client.get(`/api/platforms/${platform.id}/versions`)).body);
    expect(versions.map((version) => version.version)).toEqual([2, 1]);
    const shown = BlueprintVersionDetail.parse(
      (await carol.client.get(`/api/platforms/${platform.id}/versions/2`)).body,
    );
    const patient = shown.blueprint.entities.find((entity) => entity.name === 'Patient')!;
    expect(patient.fields.map((field) => field.name)).toContain('insuranceNumber');
    expect((await carol.client.get(`/api/platforms/${platform.id}`)).body.currentVersion).toBe(2);
  });

  it('refuses a Blueprint with problems (422, each with a path and a suggestion) and stores nothing', async () => {
    const dan = await signUpPerson(server, 'Dan');
    const { platform } = await createPlatform(dan);
    const blueprint = await editedBlueprint(dan, platform.id, 1, 'Bad Name');
    const eventsBefore = await eventsOf(dan.tenantId);

    const refused = await dan.client.post(`/api/platforms/${platform.id}/versions`, {
      blueprint: { ...blueprint, surprise: true, domain: undefined },
      basedOn: 1,
    });

    expect(refused.status, refused.text).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const problems = refused.body.details.problems as { path: string; pointer: string; suggestion: string }[];
    const paths = problems.map((problem) => problem.path);
    expect(paths).toEqual(
      expect.arrayContaining(['domain', expect.stringMatching(/^entities\[0\]\.fields\[\d+\]\.name$/)]),
    );
    expect(
      problems.every((problem) => problem.suggestion.length > 0 && problem.pointer.startsWith('/')),
    ).toBe(true);
    expect((refused.body.errors as { path: string }[]).map((error) => error.path)).toContain(
      'body.blueprint.domain',
    );
    expect(await eventsOf(dan.tenantId)).toBe(eventsBefore);
    expect((await dan.client.get(`/api/platforms/${platform.id}/versions`)).body).toHaveLength(1);
  });

  it('refuses a request body with unknown fields (400) before looking at the Blueprint', async () => {
    const erin = await signUpPerson(server, 'Erin');
    const { platform } = await createPlatform(erin);
    const refused = await erin.client.post(`/api/platforms/${platform.id}/versions`, {
      blueprint: {},
      basedOn: 1,
      comment: 'hi',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ path: 'body' })]);
  });

  it('lets one of two revisions of the same version win; the other gets a 409 that says to reload', async () => {
    const fay = await signUpPerson(server, 'Fay');
    const { platform } = await createPlatform(fay);
    const one = await editedBlueprint(fay, platform.id, 1, 'first');
    const two = await editedBlueprint(fay, platform.id, 1, 'second');

    const responses = await Promise.all([
      fay.client.post(`/api/platforms/${platform.id}/versions`, { blueprint: one, basedOn: 1 }),
      fay.client.post(`/api/platforms/${platform.id}/versions`, { blueprint: two, basedOn: 1 }),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    const conflict = responses.find((response) => response.status === 409)!;
    expect(conflict.body.hint).toMatch(/reload/i);
    expect((await fay.client.get(`/api/platforms/${platform.id}/versions`)).body).toHaveLength(2);
  });

  it('diffs two versions with the renames recorded with the newer one', async () => {
    const gus = await signUpPerson(server, 'Gus');
    const { platform } = await createPlatform(gus);
    const original = BlueprintVersionDetail.parse(
      (await gus.client.get(`/api/platforms/${platform.id}/versions/1`)).body,
    ).blueprint;
    const renamed = {
      ...original,
      entities: original.entities.map((entity) =>
        entity.name === 'Patient'
          ? {
              ...entity,
              fields: entity.fields.map((f) => (f.name === 'phone' ? { ...f, name: 'mobile' } : f)),
            }
          : entity,
      ),
    };
    const saved = await gus.client.post(`/api/platforms/${platform.id}/versions`, {
      blueprint: renamed,
      basedOn: 1,
      renames: { fields: [{ entity: 'Patient', from: 'phone', to: 'mobile' }] },
    });
    expect(saved.status, saved.text).toBe(201);

    const diff = BlueprintDiff.parse(
      (await gus.client.get(`/api/platforms/${platform.id}/diff?from=1&to=2`)).body,
    );
    const patient = diff.entities.changed.find((entity) => entity.name === 'Patient')!;
    expect(patient.fields.renamed).toEqual([
      expect.objectContaining({ from: 'phone', to: 'mobile', detectedBy: 'hint' }),
    ]);
    expect(patient.fields.removed).toEqual([]);
    const same = await gus.client.get(`/api/platforms/${platform.id}/diff?from=2&to=2`);
    expect(same.body.empty).toBe(true);
    const missing = await gus.client.get(`/api/platforms/${platform.id}/diff?from=1&to=9`);
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain('Version 9');
  });

  it('approves a version and restores an older one as a new version', async () => {
    const hal = await signUpPerson(server, 'Hal');
    const { platform } = await createPlatform(hal);
    const blueprint = await editedBlueprint(hal, platform.id, 1, 'allergies');
    await hal.client.post(`/api/platforms/${platform.id}/versions`, { blueprint, basedOn: 1 });

    const approved = await hal.client.post(`/api/platforms/${platform.id}/versions/2/approve`);
    expect(approved.status, approved.text).toBe(200);
    expect(approved.body).toMatchObject({ version: 2, approved: true });
    expect((await hal.client.get(`/api/platforms/${platform.id}`)).body.approvedVersion).toBe(2);

    const restored = await hal.client.post(`/api/platforms/${platform.id}/versions/1/restore`);
    expect(restored.status, restored.text).toBe(201);
    expect(restored.body).toMatchObject({ version: 3, basedOn: 2, source: 'restore' });
    const one = (await hal.client.get(`/api/platforms/${platform.id}/versions/1`)).body;
    expect(restored.body.blueprint).toEqual(one.blueprint);
    const after = (await hal.client.get(`/api/platforms/${platform.id}`)).body;
    expect(after).toMatchObject({ currentVersion: 3, approvedVersion: 2 });
  });

  it('answers 404 for approving, restoring or showing a version that does not exist, and stores nothing', async () => {
    const ivy = await signUpPerson(server, 'Ivy');
    const { platform } = await createPlatform(ivy);
    const eventsBefore = await eventsOf(ivy.tenantId);

    for (const response of [
      await ivy.client.post(`/api/platforms/${platform.id}/versions/7/approve`),
      await ivy.client.post(`/api/platforms/${platform.id}/versions/7/restore`),
      await ivy.client.get(`/api/platforms/${platform.id}/versions/7`),
      await ivy.client.get('/api/platforms/0190f5d2-7c1e-7a3b-9f10-ffffffffffff'),
    ]) {
      expect(response.status, response.text).toBe(404);
      expect(response.body.hint).toBeTruthy();
    }
    expect(await eventsOf(ivy.tenantId)).toBe(eventsBefore);
  });
});
