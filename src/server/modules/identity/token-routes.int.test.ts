import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreatedApiToken } from '../../../contracts/index.js';
import { fixedClock } from '../../../kernel/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import { startTestServer, type TestClient, type TestServer } from '../../testing/index.js';

let people = 0;

async function signedUpBrowser(server: TestServer): Promise<TestClient> {
  const browser = server.client();
  const n = ++people;
  const response = await browser.post('/api/auth/signup', {
    email: `token.user.${n}@example.com`,
    password: 'a long enough password',
    displayName: `Token User ${n}`,
  });
  expect(response.status).toBe(201);
  return browser;
}

/** Creates a token through the API and checks the answer against its contract. */
async function createToken(
  browser: TestClient,
  body: { name: string; expiresInDays?: number },
): Promise<CreatedApiToken> {
  const response = await browser.post('/api/auth/tokens', body);
  expect(response.status).toBe(201);
  return CreatedApiToken.parse(response.body);
}

/** A client with no cookies that sends only `Authorization: Bearer <token>`, as the CLI does. */
function cli(server: TestServer, token: string): TestClient {
  const client = server.client();
  client.bearerToken = token;
  return client;
}

describe.each(testDatabaseKinds())('API tokens over HTTP (%s)', (kind) => {
  let server: TestServer;
  const clock = fixedClock(new Date('2026-03-01T08:00:00Z'));

  beforeAll(async () => {
    server = await startTestServer(kind, {}, clock);
  });
  afterAll(() => server.stop());

  it('creates a token shown once, which then works as a Bearer credential without CSRF', async () => {
    const browser = await signedUpBrowser(server);
    const created = await createToken(browser, { name: 'laptop' });
    expect(created.token).toMatch(/^wn_/);
    expect(created.token.startsWith(created.prefix)).toBe(true);

    const viaToken = cli(server, created.token);
    const session = await viaToken.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.csrfToken).toBeNull();
    expect((await viaToken.patch('/api/auth/profile', { locale: 'ar' })).status).toBe(200);

    const listed = await browser.get('/api/auth/tokens');
    expect(listed.body).toHaveLength(1);
    expect(listed.body[0]).not.toHaveProperty('token');
    expect(listed.body[0].lastUsedAt).toBe(clock.now().toISOString());
  });

  it('updates last use at most once a minute', async () => {
    const browser = await signedUpBrowser(server);
    const { token } = await createToken(browser, { name: 'ci' });
    await cli(server, token).get('/api/auth/session');
    const firstUse = clock.now().toISOString();
    clock.advance(30_000);
    await cli(server, token).get('/api/auth/session');
    expect((await browser.get('/api/auth/tokens')).body[0].lastUsedAt).toBe(firstUse);
    clock.advance(30_000);
    await cli(server, token).get('/api/auth/session');
    expect((await browser.get('/api/auth/tokens')).body[0].lastUsedAt).toBe(clock.now().toISOString());
  });

  it('stops a revoked token at once, saying it was revoked', async () => {
    const browser = await signedUpBrowser(server);
    const created = await createToken(browser, { name: 'to revoke' });
    expect((await browser.delete(`/api/auth/tokens/${created.id}`)).status).toBe(204);
    const refused = await cli(server, created.token).get('/api/auth/session');
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/^This API token was revoked/);
    expect((await browser.get('/api/auth/tokens')).body[0].revokedAt).toEqual(expect.any(String));
  });

  it('refuses expired and unknown tokens with their own messages', async () => {
    const browser = await signedUpBrowser(server);
    const created = await createToken(browser, { name: 'short', expiresInDays: 1 });
    clock.advance(86_400_000);
    const expired = await cli(server, created.token).get('/api/auth/session');
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toMatch(/^This API token expired/);
    const unknown = await cli(server, 'wn_made-up').get('/api/auth/session');
    expect(unknown.body.detail).toBe('This API token is not valid');
  });

  it("treats someone else's token, or an unknown id, as not found", async () => {
    const owner = await signedUpBrowser(server);
    const other = await signedUpBrowser(server);
    const created = await createToken(owner, { name: 'mine' });
    expect((await other.delete(`/api/auth/tokens/${created.id}`)).status).toBe(404);
    expect((await other.delete('/api/auth/tokens/0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70')).status).toBe(404);
    expect((await other.get('/api/auth/tokens')).body).toEqual([]);
    expect((await cli(server, created.token).get('/api/auth/session')).status).toBe(200);
  });
});
