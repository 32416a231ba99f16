import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatedApiToken } from '../../../contracts/index.js';
import { loadConfig } from '../../config.js';
import {
  createTestDatabase,
  testDatabaseKinds,
  type DatabaseKind,
  type TestDatabase,
} from '../../db/index.js';
import { startServer, type RunningServer } from '../../start-server.js';
import { createScriptedProvider, eventually, TestClient, type SignedUp } from '../../testing/index.js';
import { createPlatform } from '../generations/generation-test-support.js';
import { dropPlatformDatabase } from './databases/index.js';
import { DeploymentHealthy, DeploymentStarted } from './events.js';
import { deploymentEventsOf, isRunning, latestPidOf } from './runtime-process-test-support.js';
import { adminOf, deployPlatform, deploymentsOf, FAST_POLICY, platformApi } from './runtime-test-support.js';

/** WebNova on a database and data directory that outlive it, as a real installation's do. */
function startWebNova(kind: DatabaseKind, database: TestDatabase, dataDir: string): Promise<RunningServer> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    WEBNOVA_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    WEBNOVA_LOGIN_ATTEMPTS_PER_15_MIN: '1000',
  });
  return startServer(config, {
    log: pino({ level: 'silent' }),
    database,
    providers: (name) => createScriptedProvider({ name }),
    runtime: {
      policy: FAST_POLICY,
      ...(kind === 'postgres' && adminUrl ? { databaseHost: { kind: 'postgres' as const, adminUrl } } : {}),
    },
  });
}

/** Signs a person up; their API token lets a client of the next WebNova act as them too. */
async function signUp(url: string, name: string): Promise<SignedUp & { token: string }> {
  const client = new TestClient(url);
  const email = `${name}@example.com`;
  const response = await client.post('/api/auth/signup', {
    email,
    password: 'a long enough password',
    displayName: name,
  });
  expect(response.status, response.text).toBe(201);
  const body = response.body as { user: { id: string }; tenants: { id: string }[] };
  const tenantId = body.tenants[0]!.id;
  client.tenantId = tenantId;
  const created = await client.post('/api/auth/tokens', { name: 'across restarts' });
  expect(created.status, created.text).toBe(201);
  return { client, userId: body.user.id, email, tenantId, token: CreatedApiToken.parse(created.body).token };
}

/** The same person, as a client of another WebNova process on the same database. */
function onServer(person: SignedUp & { token: string }, url: string): SignedUp {
  const client = new TestClient(url);
  client.bearerToken = person.token;
  client.tenantId = person.tenantId;
  return { ...person, client };
}

describe.each(testDatabaseKinds())('restarting WebNova (%s)', (kind) => {
  let database: TestDatabase;
  let dataDir: string;
  const running: RunningServer[] = [];
  let keeper: SignedUp & { token: string };
  let stopper: SignedUp & { token: string };
  const kept = { platformId: '', deploymentId: '', url: '', pid: 0 };
  const stopped = { platformId: '', deploymentId: '', pid: 0 };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataDir = mkdtempSync(path.join(tmpdir(), 'webnova-restart-'));
    running.push(await startWebNova(kind, database, dataDir));
  }, 120_000);

  afterAll(async () => {
    for (const server of running) await server.close();
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (kind === 'postgres' && adminUrl) {
      for (const platformId of [kept.platformId, stopped.platformId].filter(Boolean)) {
        await dropPlatformDatabase({ kind: 'postgres', adminUrl }, platformId);
      }
    }
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('runs one platform with a record, and another that a person stops', async () => {
    const { url } = running[0]!;
    keeper = await signUp(url, 'keeper');
    kept.platformId = (await createPlatform(keeper)).id;
    const deployment = await deployPlatform(keeper, kept.platformId);
    expect(deployment.status, deployment.reason ?? '').toBe('live');
    kept.deploymentId = deployment.id;
    kept.url = deployment.url ?? '';
    kept.pid = await latestPidOf(keeper, kept.platformId, deployment.id);
    const api = await platformApi(kept.url, await adminOf(keeper, kept.platformId));
    const created = await api.post('api/patients', { fullName: 'Layla Haddad', nationalId: '1234567890' });
    expect(created.status, created.text).toBe(201);

    stopper = await signUp(url, 'stopper');
    stopped.platformId = (await createPlatform(stopper)).id;
    const other = await deployPlatform(stopper, stopped.platformId);
    expect(other.status, other.reason ?? '').toBe('live');
    stopped.deploymentId = other.id;
    stopped.pid = await latestPidOf(stopper, stopped.platformId, other.id);
    const stop = await stopper.client.post(
      `/api/platforms/${stopped.platformId}/deployments/${other.id}/stop`,
      {},
    );
    expect(stop.status, stop.text).toBe(200);
    expect(isRunning(stopped.pid)).toBe(false);
  }, 300_000);

  it('leaves no platform process behind when it closes', async () => {
    expect(isRunning(kept.pid)).toBe(true);
    await running.shift()!.close();
    expect(isRunning(kept.pid)).toBe(false);
    expect(isRunning(stopped.pid)).toBe(false);
    const refused = await fetch(new URL('health', kept.url)).then(
      (response) => response.status,
      () => 'refused',
    );
    expect(refused).toBe('refused');
  }, 120_000);

  it('brings the platform back on the same preview URL, with its data', async () => {
    const server = await startWebNova(kind, database, dataDir);
    running.push(server);
    await server.reconciled;
    const person = onServer(keeper, server.url);
    const [latest] = await deploymentsOf(person, kept.platformId);
    expect(latest).toMatchObject({ id: kept.deploymentId, status: 'live', url: kept.url });
    const pid = await latestPidOf(person, kept.platformId, kept.deploymentId);
    expect(pid).not.toBe(kept.pid);
    expect(isRunning(pid)).toBe(true);
    // Brought back, and said so: the last word on its stream is that it is healthy again.
    const last = (await deploymentEventsOf(person, kept.platformId)).at(-1);
    expect(last).toMatchObject({ type: DeploymentHealthy.type, data: { deploymentId: kept.deploymentId } });

    expect((await fetch(new URL('health', kept.url))).status).toBe(200);
    const api = await platformApi(kept.url, await adminOf(person, kept.platformId));
    const listed = await eventually(
      'the list of patients through the preview',
      async () => {
        const response = await api.get('api/patients');
        return response.status === 200 ? response : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(listed.text).toContain('Layla Haddad');
  }, 240_000);

  it('leaves a deployment a person stopped stopped', async () => {
    const server = running[0]!;
    await server.reconciled;
    const person = onServer(stopper, server.url);
    const [latest] = await deploymentsOf(person, stopped.platformId);
    expect(latest).toMatchObject({ id: stopped.deploymentId, status: 'stopped' });
    const starts = (await deploymentEventsOf(person, stopped.platformId)).filter(
      (event) => event.type === DeploymentStarted.type,
    );
    expect(starts).toHaveLength(1);
    expect(isRunning(stopped.pid)).toBe(false);
  }, 60_000);
});
