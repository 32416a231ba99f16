import { expect } from 'vitest';
import {
  DeploymentDetail,
  DeploymentSummary,
  PlatformAdminCredentials,
  type DeployRequest,
} from '../../../contracts/index.js';
import type { SignedUp } from '../../testing/index.js';
import type { RestartPolicy } from './supervisor/index.js';

// Shared by this module's HTTP tests.

/** Restarts within a second or two, so crash tests finish quickly; crash-looping after 3 crashes. */
export const FAST_POLICY: Partial<RestartPolicy> = {
  initialBackoffMs: 200,
  maxBackoffMs: 2_000,
  crashLimit: 3,
  crashWindowMs: 60_000,
  probeIntervalMs: 500,
  startTimeoutMs: 60_000,
};

export async function deployPlatform(
  person: SignedUp,
  platformId: string,
  body: DeployRequest = {},
): Promise<DeploymentDetail> {
  const response = await person.client.post(`/api/platforms/${platformId}/deployments`, body);
  expect(response.status, response.text).toBe(201);
  return DeploymentDetail.parse(response.body);
}

export async function deploymentsOf(person: SignedUp, platformId: string): Promise<DeploymentSummary[]> {
  const response = await person.client.get(`/api/platforms/${platformId}/deployments`);
  expect(response.status, response.text).toBe(200);
  return DeploymentSummary.array().parse(response.body);
}

export async function adminOf(person: SignedUp, platformId: string): Promise<PlatformAdminCredentials> {
  const response = await person.client.get(`/api/platforms/${platformId}/admin-credentials`);
  expect(response.status, response.text).toBe(200);
  return PlatformAdminCredentials.parse(response.body);
}

/** Signs in to a running platform through its preview URL; calls its API as that administrator. */
export async function platformApi(url: string, admin: PlatformAdminCredentials) {
  const login = await fetch(new URL('api/auth/login', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  expect(login.status, await login.clone().text()).toBe(200);
  const { token } = (await login.json()) as { token: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(new URL(path, url), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, text, body: text ? (JSON.parse(text) as unknown) : null };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: unknown) => call('POST', path, body),
  };
}
