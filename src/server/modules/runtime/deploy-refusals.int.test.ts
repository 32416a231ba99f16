import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeploymentDetail, QuotaReport, type DeploymentSummary } from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import {
  eventually,
  signUpPerson,
  startTestServer,
  type SignedUp,
  type TestResponse,
  type TestServer,
} from '../../testing/index.js';
import { addPatientField, createPlatform } from '../generations/generation-test-support.js';
import { deployPlatform, deploymentsOf, FAST_POLICY } from './runtime-test-support.js';
import { deploymentRows } from './traffic-test-support.js';

describe.each(testDatabaseKinds())('refusing a deployment change (%s)', (kind) => {
  let server: TestServer;
  let root: SignedUp;
  let person: SignedUp;
  let viewer: SignedUp;
  let platformId: string;
  let v1: DeploymentDetail;
  let v2: DeploymentDetail;

  const deployments = (body: unknown, who: SignedUp = person, platform = platformId) =>
    who.client.post(`/api/platforms/${platform}/deployments`, body);

  /** Runs `act`, expects `status`, and checks the tenant's deployments did not change. */
  async function refused(status: number, act: () => Promise<TestResponse>): Promise<TestResponse> {
    const before = await deploymentRows(server, person.tenantId);
    const response = await act();
    expect(response.status, response.text).toBe(status);
    expect(await deploymentRows(server, person.tenantId)).toEqual(before);
    return response;
  }

  const quotaOf = async (who: SignedUp) =>
    QuotaReport.parse((await who.client.get('/api/tenant/quotas')).body).quotas.find(
      (quota) => quota.quota === 'deployments',
    );

  beforeAll(async () => {
    server = await startTestServer(kind, {}, undefined, { runtime: { policy: FAST_POLICY } });
    root = await signUpPerson(server, 'root'); // the first account is the installation's ROOT_OWNER
    person = await signUpPerson(server, 'deployer');
    viewer = await signUpPerson(server, 'onlooker');
    const added = await person.client.post('/api/tenant/members', { email: viewer.email, role: 'viewer' });
    expect(added.status, added.text).toBe(201);
    viewer.client.tenantId = person.tenantId;
    platformId = (await createPlatform(person)).id;
    v1 = await deployPlatform(person, platformId);
    expect(v1.status, v1.reason ?? '').toBe('live');
  }, 300_000);
  afterAll(async () => server?.stop());

  it('refuses an unknown target, naming the allowed ones', async () => {
    const response = await refused(400, () => deployments({ target: 'heroku' }));
    for (const target of ['local', 'docker', 'kubernetes']) expect(response.text).toContain(target);
  });

  it('refuses a version given as a string', async () => {
    const response = await refused(400, () => deployments({ version: '2' }));
    expect(response.text).toMatch(/version/);
  });

  it('refuses a version that does not exist, naming the ones that do', async () => {
    const response = await refused(404, () => deployments({ version: 99 }));
    expect(response.body).toMatchObject({ code: 'not_found', details: { version: 99, currentVersion: 1 } });
    expect(response.text).toContain('versions 1 to 1');
  });

  it('refuses a viewer', async () => {
    await refused(403, () => deployments({}, viewer));
    await refused(403, () => viewer.client.post(`/api/platforms/${platformId}/rollback`, {}));
    await refused(403, () =>
      viewer.client.post(`/api/platforms/${platformId}/deployments/${v1.id}/stop`, {}),
    );
  });

  it('refuses a rollback while only one version was ever live', async () => {
    const response = await refused(409, () =>
      person.client.post(`/api/platforms/${platformId}/rollback`, {}),
    );
    expect(response.text).toMatch(/no earlier version/);
  });

  it('refuses a log tail longer than it keeps', async () => {
    await refused(400, () =>
      person.client.get(`/api/platforms/${platformId}/deployments/${v1.id}/logs?tail=99999`),
    );
  });

  it('refuses a second deployment while one is under way for the same platform', async () => {
    await addPatientField(person, platformId, 1, 'bloodGroup');
    const before = await deploymentRows(server, person.tenantId);
    const first = deployments({ version: 2 });
    // The first is recorded once its files are generated, and builds for a while after that.
    await eventually(
      'the first deployment to be recorded',
      async () => (await deploymentsOf(person, platformId)).some((row) => row.blueprintVersion === 2),
      { timeoutMs: 60_000 },
    );
    const during = await deploymentRows(server, person.tenantId);
    const second = await deployments({ version: 2 });
    expect(second.status, second.text).toBe(409);
    expect(second.text).toMatch(/busy/);
    const done = await first;
    expect(done.status, done.text).toBe(201);
    v2 = DeploymentDetail.parse(done.body);
    expect(v2.status, v2.reason ?? '').toBe('live');
    // The first deployment's own row is the only one added; the refusal added none.
    const idsOf = (rows: string[]) => rows.map((row) => row.split(':')[0]);
    const after = await deploymentRows(server, person.tenantId);
    expect(during.length).toBe(before.length + 1);
    expect(idsOf(after)).toEqual(idsOf(during));
  }, 600_000);

  it('refuses to restart a superseded deployment', async () => {
    const statuses = new Map((await deploymentsOf(person, platformId)).map((row) => [row.id, row.status]));
    expect(statuses.get(v1.id)).toBe('superseded');
    const response = await refused(409, () =>
      person.client.post(`/api/platforms/${platformId}/deployments/${v1.id}/restart`, {}),
    );
    expect(response.text).toMatch(/latest deployment/);
  });

  it('refuses to stop a deployment that is already stopped', async () => {
    const stopped = await person.client.post(`/api/platforms/${platformId}/deployments/${v2.id}/stop`, {});
    expect(stopped.status, stopped.text).toBe(200);
    expect(DeploymentDetail.parse(stopped.body).status).toBe('stopped');
    const response = await refused(409, () =>
      person.client.post(`/api/platforms/${platformId}/deployments/${v2.id}/stop`, {}),
    );
    expect(response.text).toMatch(/already stopped/);
    await refused(409, () =>
      person.client.post(`/api/platforms/${platformId}/deployments/${v1.id}/stop`, {}),
    );
  });

  it('counts one deployment per running platform and refuses one over the tier’s limit', async () => {
    // The free tier allows two platforms and two running: to go over, the tenant runs two on a larger
    // tier and is moved back to free by the installation's owner.
    expect((await quotaOf(person))?.used).toBe(0);
    const upgraded = await root.client.put(`/api/admin/tenants/${person.tenantId}/tier`, { tier: 'basic' });
    expect(upgraded.status, upgraded.text).toBe(200);
    const second = (await createPlatform(person, 'A second clinic')).id;
    const third = (await createPlatform(person, 'A third clinic')).id;

    const restarted = await person.client.post(
      `/api/platforms/${platformId}/deployments/${v2.id}/restart`,
      {},
    );
    expect(restarted.status, restarted.text).toBe(200);
    expect((await quotaOf(person))?.used).toBe(1);
    const other = await deployPlatform(person, second);
    expect(other.status, other.reason ?? '').toBe('live');
    expect((await quotaOf(person))?.used).toBe(2);

    const downgraded = await root.client.put(`/api/admin/tenants/${person.tenantId}/tier`, { tier: 'free' });
    expect(downgraded.status, downgraded.text).toBe(200);
    const response = await refused(429, () => deployments({}, person, third));
    expect(response.text).toMatch(/deployments/);
    expect(response.body).toMatchObject({ details: { quota: 'deployments', tier: 'free', limit: 2 } });
    expect(await deploymentsOf(person, third)).toEqual([] satisfies DeploymentSummary[]);
    expect(await quotaOf(person)).toMatchObject({ used: 2, limit: 2 });

    // Redeploying a running platform takes no more: it still counts once.
    await addPatientField(person, second, 1, 'bloodGroup');
    const replaced = await deployPlatform(person, second, { version: 2 });
    expect(replaced.status, replaced.reason ?? '').toBe('live');
    expect(await quotaOf(person)).toMatchObject({ used: 2, limit: 2 });
  }, 600_000);
});
