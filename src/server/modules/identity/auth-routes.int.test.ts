import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../kernel/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import { startTestServer, type TestClient, type TestServer } from '../../testing/index.js';

const PASSWORD = 'a long enough password';
let people = 0;

/** A new browser with a freshly signed-up account. */
async function signedUp(
  server: TestServer,
  name = `Person ${++people}`,
): Promise<{ browser: TestClient; email: string }> {
  const browser = server.client();
  const email = `${name.toLowerCase().replaceAll(' ', '.')}@example.com`;
  const response = await browser.post('/api/auth/signup', { email, password: PASSWORD, displayName: name });
  expect(response.status).toBe(201);
  return { browser, email };
}

describe.each(testDatabaseKinds())('accounts and sessions over HTTP (%s)', (kind) => {
  let server: TestServer;
  const clock = fixedClock(new Date('2026-03-01T08:00:00Z'));

  beforeAll(async () => {
    server = await startTestServer(kind, { WEBNOVA_SESSION_HOURS: '2' }, clock);
  });
  afterAll(() => server.stop());

  it('signs up into a session with an HTTP-only cookie, a first tenant and a CSRF token', async () => {
    const browser = server.client();
    const response = await browser.post('/api/auth/signup', {
      email: 'layla@example.com',
      password: PASSWORD,
      displayName: 'Layla',
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('set-cookie')).toMatch(
      /webnova_session=.+; Max-Age=7200;.*HttpOnly; SameSite=Lax/,
    );
    expect(response.body).toMatchObject({
      user: { email: 'layla@example.com', displayName: 'Layla', isRootOwner: true },
      tenants: [{ name: "Layla's organization", role: 'owner' }],
      csrfToken: expect.any(String),
    });
    const session = await browser.get('/api/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.user.email).toBe('layla@example.com');
    expect(session.body.tenants).toHaveLength(1);
  });

  it('makes only the first account the ROOT_OWNER', async () => {
    const { browser } = await signedUp(server);
    expect((await browser.get('/api/auth/session')).body.user.isRootOwner).toBe(false);
  });

  it('refuses a taken email with 409 naming the field', async () => {
    const { email } = await signedUp(server);
    const again = await server
      .client()
      .post('/api/auth/signup', { email, password: PASSWORD, displayName: 'Twin' });
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(again.body.errors).toEqual([{ path: 'body.email', message: 'is already registered' }]);
  });

  it('logs in with the right password, listing the tenants, and refuses a wrong one like an unknown email', async () => {
    const { email } = await signedUp(server);
    const browser = server.client();
    const wrong = await browser.post('/api/auth/login', { email, password: 'not the password' });
    const unknown = await browser.post('/api/auth/login', {
      email: 'nobody@example.com',
      password: PASSWORD,
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    const right = await browser.post('/api/auth/login', { email, password: PASSWORD });
    expect(right.status).toBe(200);
    expect(right.body.tenants).toHaveLength(1);
    expect((await browser.get('/api/auth/session')).status).toBe(200);
  });

  it('ends the session at logout: its row is deleted and the cookie no longer works', async () => {
    const { browser, email } = await signedUp(server);
    expect((await browser.post('/api/auth/logout')).body).toEqual({ ok: true });
    expect((await browser.get('/api/auth/session')).status).toBe(401);
    const [row] = await server.database.query<{ n: number }>(
      'select count(*)::int as n from sessions s join users u on u.id = s.user_id where u.email = $1',
      [email],
    );
    expect(row?.n).toBe(0);
  });

  it('expires a session after WEBNOVA_SESSION_HOURS, with a message saying to log in again', async () => {
    const { browser, email } = await signedUp(server);
    clock.advance(2 * 3_600_000 - 1_000);
    expect((await browser.get('/api/auth/session')).status).toBe(200);
    clock.advance(1_000);
    const expired = await browser.get('/api/auth/session');
    expect(expired.status).toBe(401);
    expect(expired.body.detail).toBe('Your session has expired or was ended; log in again');
    // A stale cookie must not block logging in again.
    expect((await browser.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('refuses a write from a cookie session without the CSRF header, or with a wrong one', async () => {
    const { browser } = await signedUp(server);
    const csrfToken = browser.csrfToken;
    browser.csrfToken = null;
    const missing = await browser.patch('/api/auth/profile', { displayName: 'X' });
    expect(missing.status).toBe(403);
    expect(missing.body.code).toBe('csrf_failed');
    const wrong = await browser.patch('/api/auth/profile', { displayName: 'X' }, { 'x-csrf-token': 'wrong' });
    expect(wrong.status).toBe(403);
    browser.csrfToken = csrfToken;
    const accepted = await browser.patch('/api/auth/profile', { displayName: 'Renamed', locale: 'ar' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ displayName: 'Renamed', locale: 'ar' });
  });

  it('records sign-ups, failed logins and logouts in the installation audit chain', async () => {
    const { browser, email } = await signedUp(server, 'Audited Person');
    await server.client().post('/api/auth/login', { email, password: 'not the password' });
    await browser.post('/api/auth/logout');
    const rows = await server.database.query<{ action: string; result: string }>(
      `select action, result from audit_log
        where tenant_id = '00000000-0000-0000-0000-000000000000' and actor_label in ($1, 'anonymous')
          and (resource like 'user:%' or action = 'auth.logout')`,
      [email],
    );
    const actions = rows.map((row) => `${row.action}:${row.result}`);
    expect(actions).toEqual(
      expect.arrayContaining(['auth.signup:success', 'auth.login:failure', 'auth.logout:success']),
    );
  });
});
