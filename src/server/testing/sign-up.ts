import type { TestClient } from './test-client.js';
import type { TestServer } from './test-server.js';

export interface SignedUp {
  client: TestClient;
  userId: string;
  email: string;
  /** The tenant the sign-up created; the client sends it as X-Tenant-Id. */
  tenantId: string;
}

/** Signs a new person up in a browser of their own, acting in the tenant their sign-up created. */
export async function signUpPerson(server: TestServer, name: string): Promise<SignedUp> {
  const client = server.client();
  const email = `${name.toLowerCase()}@example.com`;
  const response = await client.post('/api/auth/signup', {
    email,
    password: 'a long enough password',
    displayName: name,
  });
  if (response.status !== 201) throw new Error(`sign-up of ${name} failed: ${response.text}`);
  const body = response.body as { user: { id: string }; tenants: { id: string }[] };
  const tenantId = body.tenants[0]!.id;
  client.tenantId = tenantId;
  return { client, userId: body.user.id, email, tenantId };
}
