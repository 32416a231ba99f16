import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionInfo } from '../../../contracts/index.js';
import { testDatabaseKinds } from '../../db/index.js';
import { startTestServer, type TestServer } from '../../testing/index.js';

describe.each(testDatabaseKinds())('owner setup over HTTP (%s)', (kind) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.stop());

  it('creates the owner once (201 with an API token), then refuses with 409', async () => {
    const client = server.client();
    expect(server.setupToken).toEqual(expect.any(String));
    expect((await client.get('/api/setup/status')).body).toEqual({ ownerExists: false });

    const created = await client.post('/api/setup/owner', {
      email: 'root@bank.example',
      password: 'a long enough password',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ user: { isRootOwner: true }, token: expect.stringMatching(/^wn_/) });
    expect((await client.get('/api/setup/status')).body).toEqual({ ownerExists: true });

    const cli = server.client();
    cli.bearerToken = created.body.token;
    const session = SessionInfo.parse((await cli.get('/api/auth/session')).body);
    expect(session.tenants.map((tenant) => tenant.id)).toEqual([created.body.tenant.id]);

    const again = await client.post('/api/setup/owner', {
      email: 'second@bank.example',
      password: 'a long enough password',
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'conflict', detail: 'This installation already has an owner' });
  });
});
