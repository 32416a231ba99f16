import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiToken, CreatedApiToken, SessionInfo } from '../contracts/index.js';
import { startTestServer, type TestServer } from '../server/testing/index.js';
import { WEBNOVA_BIN as BIN, webnova } from './testing/run-webnova.js';

const PASSWORD = 'a long owner secret';

describe('webnova CLI against a real server', () => {
  let server: TestServer;
  let token: string;
  let tenantId: string;
  const at = () => ['--server', server.url];

  beforeAll(async () => {
    server = await startTestServer('pglite');
  });
  afterAll(() => server?.stop());

  it('creates the owner and prints one JSON document with the token', async () => {
    const run = await webnova(
      ['owner', 'create', '--email', 'Owner@Example.com', '--display-name', 'Amal', '--json', ...at()],
      { WEBNOVA_OWNER_PASSWORD: PASSWORD },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const created = JSON.parse(run.stdout);
    expect(created.token).toEqual(expect.any(String));
    expect(created.user).toMatchObject({ email: 'owner@example.com', isRootOwner: true });
    token = created.token;
    tenantId = created.tenant.id;
  });

  it('refuses a second owner with exit code 1 and says one exists', async () => {
    const run = await webnova([
      'owner',
      'create',
      '--email',
      'other@example.com',
      '--password',
      PASSWORD,
      ...at(),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/already (has|exists).*owner|owner already exists/i);
    expect(run.stdout).toBe('');
  });

  it('says who the token belongs to', async () => {
    const run = await webnova(['whoami', '--token', token, '--json', ...at()]);
    expect(run.code).toBe(0);
    const session = SessionInfo.parse(JSON.parse(run.stdout));
    expect(session.user.email).toBe('owner@example.com');
    expect(session.tenants.map((tenant) => tenant.id)).toContain(tenantId);
  });

  it('takes the token, server and tenant from the environment, and prints tables for people', async () => {
    const env = { WEBNOVA_TOKEN: token, WEBNOVA_SERVER: server.url, WEBNOVA_TENANT: tenantId };
    const tenants = await webnova(['tenants', 'list'], env);
    expect(tenants.code).toBe(0);
    expect(tenants.stdout).toMatch(/^ID\s+SLUG\s+NAME/);
    expect(tenants.stdout).toContain(tenantId);

    // Something for the tenant's own log to show (the CLI has no rename command).
    const api = server.client();
    api.bearerToken = token;
    api.tenantId = tenantId;
    expect((await api.patch('/api/tenant', { name: 'Riyadh Clinic' })).status).toBe(200);

    const audit = await webnova(['audit', 'list', '--limit', '5'], env);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(/^SEQ\s+AT\s+ACTOR/);
    expect(audit.stdout).toContain('tenant.rename');
  });

  it('creates, lists and revokes API tokens', async () => {
    const created = await webnova([
      'tokens',
      'create',
      'ci',
      '--expires-in-days',
      '7',
      '--token',
      token,
      '--json',
      ...at(),
    ]);
    expect(created.code).toBe(0);
    const ci = CreatedApiToken.parse(JSON.parse(created.stdout));
    expect(ci.name).toBe('ci');

    const revoked = await webnova(['tokens', 'revoke', ci.id, '--token', token, ...at()]);
    expect(revoked.code).toBe(0);
    const listed = await webnova(['tokens', 'list', '--token', token, '--json', ...at()]);
    const revokedToken = z
      .array(ApiToken)
      .parse(JSON.parse(listed.stdout))
      .find((entry) => entry.id === ci.id);
    expect(revokedToken?.revokedAt).not.toBeNull();

    const refused = await webnova(['whoami', '--token', ci.token, ...at()]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('WEBNOVA_TOKEN');
  });

  it('changes a tenant tier as the installation owner', async () => {
    const run = await webnova(['tenants', 'set-tier', tenantId, 'pro', '--token', token, '--json', ...at()]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ id: tenantId, tier: 'pro' });
  });

  it('verifies an intact installation audit chain with exit code 0', async () => {
    const run = await webnova(['audit', 'verify', '--installation', '--token', token, ...at()]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/intact: \d+ entries checked/);
  });

  it('exits 1 on a broken chain, naming the first broken entry and the reason', async () => {
    // Edit the owner's creation entry behind the append-only trigger, as an attacker with database access would.
    await server.database.query('alter table audit_log disable trigger audit_log_no_update_or_delete');
    await server.database.query(
      `update audit_log set resource = 'user:forged' where action = 'setup.create_owner' and seq = 1`,
    );
    await server.database.query('alter table audit_log enable trigger audit_log_no_update_or_delete');

    const human = await webnova(['audit', 'verify', '--installation', '--token', token, ...at()]);
    expect(human.code).toBe(1);
    expect(human.stdout).toContain('user:forged');
    expect(human.stderr).toMatch(/broken at entry #1: \S+/);

    const json = await webnova(['audit', 'verify', '--installation', '--token', token, '--json', ...at()]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      firstBrokenSeq: 1,
      reason: expect.any(String),
      firstBrokenEntry: { seq: 1, resource: 'user:forged' },
    });
  });
});

describe('webnova CLI without a server', () => {
  it('says how to start WebNova when nothing listens, with exit code 1', async () => {
    const port = await freePort();
    const run = await webnova(['whoami', '--server', `http://127.0.0.1:${port}`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `Error: Cannot reach WebNova at http://127.0.0.1:${port}: is it running? Start it with \`webnova start\` or set --server/WEBNOVA_SERVER.\n`,
    );
  });

  it('exits 2 with a message for a wrong command line, without calling any server', async () => {
    const missing = await webnova([
      'owner',
      'create',
      '--email',
      'a@example.com',
      '--server',
      'http://127.0.0.1:9',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('WEBNOVA_OWNER_PASSWORD');

    const badTier = await webnova(['tenants', 'set-tier', '0190f5d2-7c1e-7a3b-9f10-2b3c4d5e6f70', 'gold']);
    expect(badTier.code).toBe(2);
    expect(badTier.stderr).toContain('Allowed choices are free, basic, pro, enterprise, sovereign');

    const noScope = await webnova(['audit', 'verify']);
    expect(noScope.code).toBe(2);
    expect(noScope.stderr).toContain('--installation');
  });

  const HELP = [
    [],
    ['start'],
    ['owner'],
    ['owner', 'create'],
    ['whoami'],
    ['tokens'],
    ['tokens', 'list'],
    ['tokens', 'create'],
    ['tokens', 'revoke'],
    ['tenants'],
    ['tenants', 'list'],
    ['tenants', 'set-tier'],
    ['audit'],
    ['audit', 'verify'],
    ['audit', 'list'],
  ];

  it('has --help with an example on every command and sub-command', async () => {
    const runs = await Promise.all(HELP.map((command) => webnova([...command, '--help'])));
    runs.forEach((run, index) => {
      const name = ['webnova', ...HELP[index]!].join(' ');
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toContain(`Usage: ${name}`);
      const examples = run.stdout.split('Examples:\n')[1] ?? '';
      expect(examples, name).toMatch(/^ {2}\$ \S/);
      expect(examples, name).toContain(name);
    });
  });

  it('starts the server with `webnova start`, honouring PORT', async () => {
    const port = await freePort();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'webnova-cli-start-'));
    const child = execFile(process.execPath, [BIN, 'start'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        WEBNOVA_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
      },
    });
    try {
      const health = await waitFor(`http://127.0.0.1:${port}/api/health`);
      expect(health).toMatchObject({ status: 'ok', database: { kind: 'pglite' } });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitFor(url: string, timeoutMs = 45_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return await response.json();
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
