import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeploymentLogs, type StoredEventView } from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import {
  eventually,
  signUpPerson,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../testing/index.js';
import { createPlatform } from '../generations/generation-test-support.js';
import {
  DeploymentCrashed,
  DeploymentCrashLooping,
  DeploymentHealthy,
  DeploymentRestarted,
  DeploymentStarted,
} from './events.js';
import { deploymentEventsOf, isRunning, latestPidOf, workingDirOf } from './runtime-process-test-support.js';
import { adminOf, deployPlatform, deploymentsOf, FAST_POLICY, platformApi } from './runtime-test-support.js';
import { backoffDelay, DEFAULT_RESTART_POLICY } from './supervisor/index.js';

const POLICY = { ...DEFAULT_RESTART_POLICY, ...FAST_POLICY };
const SERVER_BUNDLE = path.join('dist', 'server', 'main.mjs');

/** The deployment's latest status once `accept` holds for it. */
async function deploymentWhen(
  person: SignedUp,
  platformId: string,
  accept: (status: string, restarts: number) => boolean,
  what: string,
) {
  return eventually(
    what,
    async () => {
      const [latest] = await deploymentsOf(person, platformId);
      return latest && accept(latest.status, latest.restarts) ? latest : undefined;
    },
    { timeoutMs: 60_000 },
  );
}

/** The supervisor's own log lines of a deployment (started, crashed…), oldest first. */
async function systemLogOf(person: SignedUp, platformId: string, deploymentId: string) {
  const response = await person.client.get(
    `/api/platforms/${platformId}/deployments/${deploymentId}/logs?tail=2000`,
  );
  expect(response.status, response.text).toBe(200);
  return DeploymentLogs.parse(response.body).lines.filter((line) => line.stream === 'system');
}

const eventsAfter = (events: StoredEventView[], version: number, type: string) =>
  events.filter((event) => event.streamVersion > version && event.type === type);

describe.each(testDatabaseKinds())('a platform whose process dies (%s)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind, {}, undefined, { runtime: { policy: FAST_POLICY } });
  }, 120_000);
  afterAll(async () => server?.stop(), 60_000);

  it('comes back by itself after a SIGKILL and serves its data on the same preview URL', async () => {
    const person = await signUpPerson(server, 'survivor');
    const platformId = (await createPlatform(person)).id;
    const deployment = await deployPlatform(person, platformId);
    expect(deployment.status, deployment.reason ?? '').toBe('live');
    const api = await platformApi(deployment.url ?? '', await adminOf(person, platformId));
    const created = await api.post('api/patients', { fullName: 'Layla Haddad', nationalId: '1234567890' });
    expect(created.status, created.text).toBe(201);
    const pid = await latestPidOf(person, platformId, deployment.id);

    process.kill(pid, 'SIGKILL');

    const back = await deploymentWhen(
      person,
      platformId,
      (status, restarts) => status === 'live' && restarts === 1,
      'the killed platform to be live again after one restart',
    );
    expect(back.id).toBe(deployment.id);
    expect(back.url).toBe(deployment.url);
    expect(isRunning(pid)).toBe(false);
    const events = await deploymentEventsOf(person, platformId);
    const crashed = events
      .filter((event) => event.type === DeploymentCrashed.type)
      .map((event) => DeploymentCrashed.schema.parse(event.data));
    expect(crashed).toEqual([
      expect.objectContaining({
        deploymentId: deployment.id,
        signal: 'SIGKILL',
        restartInMs: backoffDelay(1, POLICY),
      }),
    ]);
    const restartedPid = await latestPidOf(person, platformId, deployment.id);
    expect(restartedPid).not.toBe(pid);
    expect(isRunning(restartedPid)).toBe(true);

    expect((await fetch(new URL('health', deployment.url ?? ''))).status).toBe(200);
    const listed = await api.get('api/patients');
    expect(listed.status, listed.text).toBe(200);
    expect(listed.text).toContain('Layla Haddad');
  }, 240_000);

  it('crash-loops with growing backoff when it keeps failing at start, and serves its data once fixed and restarted', async () => {
    const person = await signUpPerson(server, 'looper');
    const platformId = (await createPlatform(person)).id;
    const deployment = await deployPlatform(person, platformId);
    expect(deployment.status, deployment.reason ?? '').toBe('live');
    const admin = await adminOf(person, platformId);
    const api = await platformApi(deployment.url ?? '', admin);
    const created = await api.post('api/patients', { fullName: 'Omar Saleh', nationalId: '2234567890' });
    expect(created.status, created.text).toBe(201);
    const pid = await latestPidOf(person, platformId, deployment.id);
    const bundle = path.join(await workingDirOf(pid), SERVER_BUNDLE);
    const original = await readFile(bundle);
    const before = (await deploymentEventsOf(person, platformId)).at(-1)?.streamVersion ?? 0;

    try {
      await writeFile(bundle, "throw new Error('broken on purpose by the crash-loop test');\n");
      process.kill(pid, 'SIGKILL');

      const looping = await deploymentWhen(
        person,
        platformId,
        (status) => status === 'crash_looping',
        'the platform to be crash-looping',
      );
      expect(looping.reason).toEqual(expect.any(String));
      const events = await deploymentEventsOf(person, platformId);
      const crashes = eventsAfter(events, before, DeploymentCrashed.type).map((event) =>
        DeploymentCrashed.schema.parse(event.data),
      );
      // The kill and the first failed start are restarted after a backoff; the third crash ends it.
      expect(crashes.map((crash) => crash.restartInMs)).toEqual([
        backoffDelay(1, POLICY),
        backoffDelay(2, POLICY),
      ]);
      expect(crashes[1]!.restartInMs).toBeGreaterThan(crashes[0]!.restartInMs);
      expect(crashes[0]!.restartInMs).toBeGreaterThanOrEqual(POLICY.initialBackoffMs);
      const starts = eventsAfter(events, before, DeploymentStarted.type);
      expect(starts).toHaveLength(POLICY.crashLimit - 1);
      const loopingEvents = eventsAfter(events, before, DeploymentCrashLooping.type).map((event) =>
        DeploymentCrashLooping.schema.parse(event.data),
      );
      expect(loopingEvents).toEqual([
        expect.objectContaining({ deploymentId: deployment.id, crashes: POLICY.crashLimit }),
      ]);

      // Not a storm: from each crash to the next one, at least the backoff announced with it passed.
      const crashTimes = (await systemLogOf(person, platformId, deployment.id))
        .filter((line) => line.text.startsWith('crashed ('))
        .slice(-POLICY.crashLimit)
        .map((line) => Date.parse(line.at));
      expect(crashTimes).toHaveLength(POLICY.crashLimit);
      crashes.forEach((crash, index) => {
        const gap = crashTimes[index + 1]! - crashTimes[index]!;
        expect(gap, `gap after crash ${index + 1}`).toBeGreaterThanOrEqual(crash.restartInMs);
      });

      const refused = await fetch(new URL('api/patients', deployment.url ?? ''), {
        headers: { accept: 'application/json' },
      });
      expect(refused.status).toBe(503);
      expect(await refused.text()).toContain('keeps crashing');
    } finally {
      await writeFile(bundle, original);
    }

    const restarted = await person.client.post(
      `/api/platforms/${platformId}/deployments/${deployment.id}/restart`,
      {},
    );
    expect(restarted.status, restarted.text).toBe(200);
    expect((restarted.body as { status: string }).status).toBe('live');
    const afterRestart = await deploymentEventsOf(person, platformId);
    const restartedAt = afterRestart.findLast((event) => event.type === DeploymentRestarted.type);
    expect(restartedAt).toBeDefined();
    expect(eventsAfter(afterRestart, restartedAt!.streamVersion, DeploymentHealthy.type)).toHaveLength(1);
    expect((await fetch(new URL('health', deployment.url ?? ''))).status).toBe(200);
    const again = await platformApi(deployment.url ?? '', admin);
    const listed = await again.get('api/patients');
    expect(listed.status, listed.text).toBe(200);
    expect(listed.text).toContain('Omar Saleh');
  }, 240_000);
});
