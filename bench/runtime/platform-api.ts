/** What the bench needs of a running generated platform: its admin's token, seed rows, its direct address. */
import { DeploymentLogs, PlatformAdminCredentials } from '../../src/contracts/index.js';
import type { TestClient } from '../../src/server/testing/index.js';

/** Signs in as the platform's first administrator (credentials from WebNova) and returns the Bearer token. */
export async function adminToken(
  client: TestClient,
  platformId: string,
  platformUrl: string,
): Promise<string> {
  const credentials = await client.get(`/api/platforms/${platformId}/admin-credentials`);
  if (credentials.status !== 200) throw new Error(`no admin credentials: ${credentials.text}`);
  const login = await fetch(new URL('api/auth/login', platformUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(PlatformAdminCredentials.parse(credentials.body)),
  });
  if (login.status !== 200) throw new Error(`signing in to the platform failed: ${await login.text()}`);
  return ((await login.json()) as { token: string }).token;
}

export async function seedBooks(platformUrl: string, token: string, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const response = await fetch(new URL('api/books', platformUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: `Bench book ${index}`,
        author: 'A. Writer',
        isbn: `978-${1000 + index}`,
      }),
    });
    if (response.status !== 201) throw new Error(`seeding a book failed: ${await response.text()}`);
  }
}

/**
 * The platform process's own address (behind the preview proxy), from the line it logs when it listens.
 * WebNova does not expose the upstream port otherwise; the newest such line is the running process's.
 */
export async function directUrl(
  client: TestClient,
  platformId: string,
  deploymentId: string,
): Promise<string> {
  const logs = await client.get(
    `/api/platforms/${platformId}/deployments/${deploymentId}/logs?tail=5000&search=${encodeURIComponent('is running at')}`,
  );
  if (logs.status !== 200) throw new Error(`reading the deployment's log failed: ${logs.text}`);
  const line = DeploymentLogs.parse(logs.body).lines.at(-1)?.text ?? '';
  const url = /is running at (http:\/\/\S+)/.exec(line)?.[1];
  if (!url) throw new Error(`the platform's log does not say where it listens: ${logs.text}`);
  return url.endsWith('/') ? url : `${url}/`;
}
