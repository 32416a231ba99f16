import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatedApiToken, DeploymentLogs, QuotaReport } from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import {
  parseEventStream,
  signUpPerson,
  startTestServer,
  type SignedUp,
  type TestServer,
} from '../../testing/index.js';
import { createPlatform } from '../generations/generation-test-support.js';
import { adminOf, deployPlatform, deploymentsOf, FAST_POLICY, platformApi } from './runtime-test-support.js';

describe.each(testDatabaseKinds())('deploying a platform (%s)', (kind) => {
  let server: TestServer;
  let person: SignedUp;
  let platformId: string;

  beforeAll(async () => {
    server = await startTestServer(kind, {}, undefined, { runtime: { policy: FAST_POLICY } });
    person = await signUpPerson(server, 'deployer');
    platformId = (await createPlatform(person)).id;
  }, 120_000);
  afterAll(async () => server?.stop());

  it('runs it behind a preview on its own origin, where a record can be created and read', async () => {
    const deployment = await deployPlatform(person, platformId);
    expect(deployment.status, deployment.reason ?? '').toBe('live');
    expect(deployment.steps.map((step) => `${step.step}:${step.status}`)).toEqual(
      expect.arrayContaining(['generate:done', 'build:done', 'database:done', 'start:done', 'switch:done']),
    );
    const url = new URL(deployment.url ?? '');
    expect(url.origin).not.toBe(new URL(server.url).origin);
    expect(url.hostname).toBe('127.0.0.1');
    expect(new URL(server.url).hostname).toBe('localhost');

    expect((await fetch(new URL('health', url))).status).toBe(200);
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const api = await platformApi(url.href, await adminOf(person, platformId));
    const created = await api.post('api/patients', { fullName: 'Layla Haddad', nationalId: '1234567890' });
    expect(created.status, created.text).toBe(201);
    const listed = await api.get('api/patients');
    expect(listed.status, listed.text).toBe(200);
    expect(listed.text).toContain('Layla Haddad');
  }, 180_000);

  it('lists the deployment with its health, logs and the quota it holds', async () => {
    const [latest] = await deploymentsOf(person, platformId);
    expect(latest?.status).toBe('live');
    expect(latest?.health?.ok).toBe(true);

    const logs = await person.client.get(
      `/api/platforms/${platformId}/deployments/${latest?.id}/logs?tail=50`,
    );
    expect(logs.status, logs.text).toBe(200);
    const lines = DeploymentLogs.parse(logs.body).lines;
    expect(lines.some((line) => line.text.includes('is running at'))).toBe(true);

    const quotas = QuotaReport.parse((await person.client.get(`/api/tenant/quotas`)).body);
    expect(quotas.quotas.find((quota) => quota.quota === 'deployments')?.used).toBe(1);
  });

  it('streams the log as server-sent events', async () => {
    const [latest] = await deploymentsOf(person, platformId);
    const token = await person.client.post('/api/auth/tokens', { name: 'logs' });
    const { token: secret } = CreatedApiToken.parse(token.body);
    const controller = new AbortController();
    const response = await fetch(
      `${server.url}/api/platforms/${platformId}/deployments/${latest?.id}/logs?tail=5`,
      {
        headers: {
          authorization: `Bearer ${secret}`,
          'x-tenant-id': person.tenantId,
          accept: 'text/event-stream',
        },
        signal: controller.signal,
      },
    );
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    controller.abort();
    const events = parseEventStream(new TextDecoder().decode(value));
    expect(events[0]?.event).toBe('line');
  });

  it('stops it: the preview says so and the quota is given back', async () => {
    const [latest] = await deploymentsOf(person, platformId);
    const stopped = await person.client.post(
      `/api/platforms/${platformId}/deployments/${latest?.id}/stop`,
      {},
    );
    expect(stopped.status, stopped.text).toBe(200);
    expect((stopped.body as { status: string }).status).toBe('stopped');
    const preview = await fetch(new URL('api/patients', latest?.url ?? ''), {
      headers: { accept: 'application/json' },
    });
    expect(preview.status).toBe(503);
    const quotas = QuotaReport.parse((await person.client.get(`/api/tenant/quotas`)).body);
    expect(quotas.quotas.find((quota) => quota.quota === 'deployments')?.used).toBe(0);
  });
});
