import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../db/index.js';
import { startTestServer, type TestServer } from '../../testing/index.js';

const PASSWORD = 'a long enough password';

describe.each(testDatabaseKinds())('login rate limit (%s)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind, { WEBNOVA_LOGIN_ATTEMPTS_PER_15_MIN: '3' });
    for (const email of ['target@example.com', 'bystander@example.com']) {
      const signUp = await server
        .client()
        .post('/api/auth/signup', { email, password: PASSWORD, displayName: 'P' });
      expect(signUp.status).toBe(201);
    }
  });
  afterAll(() => server.stop());

  it('answers 429 problem+json after the allowed failures, even to the right password, naming when to retry', async () => {
    const attacker = server.client();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(
        (
          await attacker.post('/api/auth/login', {
            email: 'target@example.com',
            password: 'guess-' + attempt,
          })
        ).status,
      ).toBe(401);
    }
    const limited = await attacker.post('/api/auth/login', {
      email: 'Target@Example.com',
      password: PASSWORD,
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(limited.body).toMatchObject({
      code: 'rate_limited',
      hint: expect.stringMatching(/Try again after/),
    });
  });

  it('counts per email, so another account from the same address can still log in', async () => {
    const response = await server
      .client()
      .post('/api/auth/login', { email: 'bystander@example.com', password: PASSWORD });
    expect(response.status).toBe(200);
  });

  it('does not count successful logins', async () => {
    const browser = server.client();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(
        (await browser.post('/api/auth/login', { email: 'bystander@example.com', password: PASSWORD }))
          .status,
      ).toBe(200);
    }
  });
});
