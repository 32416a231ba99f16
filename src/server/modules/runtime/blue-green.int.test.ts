import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeploymentDetail, type Blueprint } from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import {
  eventually,
  signUpPerson,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../testing/index.js';
import { addPatientField, blueprintOf, createPlatform } from '../generations/generation-test-support.js';
import { adminOf, deployPlatform, deploymentsOf, FAST_POLICY, platformApi } from './runtime-test-support.js';
import {
  patientFields,
  patientIds,
  pidsOf,
  processExists,
  startTraffic,
  uniqueNationalId,
  type TrafficReport,
} from './traffic-test-support.js';

type PlatformApi = Awaited<ReturnType<typeof platformApi>>;

const NEW_FIELD = 'bloodGroup';

/** Saves the next version: version `basedOn` with `edit` applied. */
async function saveVersion(
  person: SignedUp,
  platformId: string,
  basedOn: number,
  edit: (blueprint: Blueprint) => Blueprint,
): Promise<void> {
  const blueprint = edit(await blueprintOf(person, platformId, basedOn));
  const response = await person.client.post(`/api/platforms/${platformId}/versions`, { blueprint, basedOn });
  expect(response.status, response.text).toBe(201);
}

/** Runs `work` while clients use the platform; what they saw is returned beside its result. */
async function underTraffic<T>(api: PlatformApi, work: () => Promise<T>): Promise<[T, TrafficReport]> {
  const traffic = startTraffic(api);
  await traffic.answered(10);
  const result = await work();
  await traffic.answered(10);
  return [result, await traffic.stop()];
}

describe.each(testDatabaseKinds())('replacing a running platform (%s)', (kind) => {
  let server: TestServer;
  let person: SignedUp;
  let platformId: string;
  let api: PlatformApi;
  let v1: DeploymentDetail;
  let v2: DeploymentDetail;
  /** Every patient created so far, which every later version must still hold. */
  const kept = new Set<string>();

  beforeAll(async () => {
    server = await startTestServer(kind, {}, undefined, { runtime: { policy: FAST_POLICY } });
    person = await signUpPerson(server, 'switcher');
    platformId = (await createPlatform(person)).id;
    v1 = await deployPlatform(person, platformId);
    expect(v1.status, v1.reason ?? '').toBe('live');
    api = await platformApi(v1.url ?? '', await adminOf(person, platformId));
    const layla = await api.post('api/patients', {
      fullName: 'Layla Haddad',
      nationalId: uniqueNationalId(),
    });
    expect(layla.status, layla.text).toBe(201);
    kept.add((layla.body as { id: string }).id);
  }, 300_000);
  afterAll(async () => server?.stop());

  it('switches to a new version while clients keep working: no request fails, no data is lost', async () => {
    await addPatientField(person, platformId, 1, NEW_FIELD);
    const [deployed, traffic] = await underTraffic(api, () =>
      deployPlatform(person, platformId, { version: 2 }),
    );
    v2 = deployed;

    expect(v2.status, v2.reason ?? '').toBe('live');
    expect(v2.blueprintVersion).toBe(2);
    expect(v2.url).toBe(v1.url);
    expect(v2.previousDeploymentId).toBe(v1.id);
    expect(traffic.failures).toEqual([]);
    expect(traffic.created.length).toBeGreaterThan(0);
    for (const id of traffic.created) kept.add(id);

    const statuses = new Map((await deploymentsOf(person, platformId)).map((row) => [row.id, row.status]));
    expect(statuses.get(v1.id)).toBe('superseded');
    expect(statuses.get(v2.id)).toBe('live');
    const oldPids = await pidsOf(server, v1.id);
    expect(oldPids.length).toBeGreaterThan(0);
    await eventually('the first version’s process to end', () => !oldPids.some(processExists), {
      timeoutMs: 60_000,
    });

    expect(await patientFields(api)).toContain(NEW_FIELD);
    const created = await api.post('api/patients', {
      fullName: 'Omar Saleh',
      nationalId: uniqueNationalId(),
      [NEW_FIELD]: 'O+',
    });
    expect(created.status, created.text).toBe(201);
    const id = (created.body as { id: string }).id;
    kept.add(id);
    const read = await api.get(`api/patients/${id}`);
    expect(read.status, read.text).toBe(200);
    expect((read.body as Record<string, unknown>)[NEW_FIELD]).toBe('O+');

    const held = await patientIds(api);
    expect([...kept].filter((each) => !held.has(each))).toEqual([]);
  }, 600_000);

  it('keeps the serving version when the new one fails its start: its migration refuses the data', async () => {
    // Version 3 makes `phone` required; no patient so far has one, so its migration stops (and its
    // transaction leaves the database as it was) and the process exits before its health check passes.
    await saveVersion(person, platformId, 2, (blueprint) => ({
      ...blueprint,
      entities: blueprint.entities.map((entity) =>
        entity.name === 'Patient'
          ? {
              ...entity,
              fields: entity.fields.map((field) =>
                field.name === 'phone' ? { ...field, required: true } : field,
              ),
            }
          : entity,
      ),
    }));
    const [failed, traffic] = await underTraffic(api, () =>
      deployPlatform(person, platformId, { version: 3 }),
    );

    expect(failed.status).toBe('failed');
    expect(failed.reason ?? '').toMatch(/did not start/);
    // The reason carries the platform's own last log lines, which name the field and the fix.
    expect(failed.reason ?? '').toMatch(/phone.*now required/i);
    expect(failed.steps).toContainEqual(expect.objectContaining({ step: 'start', status: 'failed' }));
    expect(traffic.failures).toEqual([]);
    for (const id of traffic.created) kept.add(id);

    const rows = await deploymentsOf(person, platformId);
    const statuses = new Map(rows.map((row) => [row.id, row.status]));
    expect(statuses.get(failed.id)).toBe('failed');
    expect(statuses.get(v2.id)).toBe('live');
    const detail = await person.client.get(`/api/platforms/${platformId}/deployments/${failed.id}`);
    expect(DeploymentDetail.parse(detail.body).reason).toBe(failed.reason);

    expect(await patientFields(api)).toContain(NEW_FIELD);
    const held = await patientIds(api);
    expect([...kept].filter((each) => !held.has(each))).toEqual([]);
    const after = await api.post('api/patients', { fullName: 'Nora Aziz', nationalId: uniqueNationalId() });
    expect(after.status, after.text).toBe(201);
    kept.add((after.body as { id: string }).id);
  }, 600_000);

  it('rolls back to the version live before: its schema is served again over the same rows', async () => {
    const [response, traffic] = await underTraffic(api, () =>
      person.client.post(`/api/platforms/${platformId}/rollback`, {}),
    );
    expect(response.status, response.text).toBe(201);
    const rollback = DeploymentDetail.parse(response.body);

    expect(rollback.status, rollback.reason ?? '').toBe('live');
    expect(rollback.blueprintVersion).toBe(1);
    expect(rollback.rollbackOf).toBe(v2.id);
    expect(rollback.id).not.toBe(v1.id);
    expect(rollback.url).toBe(v1.url);
    expect(traffic.failures).toEqual([]);
    for (const id of traffic.created) kept.add(id);

    const statuses = new Map((await deploymentsOf(person, platformId)).map((row) => [row.id, row.status]));
    expect(statuses.get(v2.id)).toBe('superseded');
    expect(statuses.get(rollback.id)).toBe('live');

    expect(await patientFields(api)).not.toContain(NEW_FIELD);
    expect(await patientFields(api)).toContain('fullName');
    const held = await patientIds(api);
    expect([...kept].filter((each) => !held.has(each))).toEqual([]);
  }, 600_000);
});
