import { execFile, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DeploymentLogLine, DeploymentStep, DeploymentSummary } from '../contracts/index.js';
import { startTestServer, type TestServer } from '../server/testing/index.js';
import { cleanEnv, WEBNOVA_BIN as BIN, webnova, type Run } from './testing/run-webnova.js';

/** Health probes every half second, so `ps` soon shows a health; quick restarts after a crash. */
const FAST_POLICY = { probeIntervalMs: 500, initialBackoffMs: 200, maxBackoffMs: 2_000 };
const MISSING_PLATFORM = '0190f5d2-7c1e-7a3b-9f10-00000000beef';

/** What `create --json` promises scripts. */
const CreateOutcome = z.object({
  platformId: z.string(),
  name: z.string(),
  blueprintVersion: z.number(),
  deploymentId: z.string().nullable(),
  status: z.string(),
  url: z.string().nullable(),
  admin: z.object({ email: z.string(), password: z.string() }).nullable(),
  steps: z.array(DeploymentStep),
  reason: z.string().nullable(),
});

describe('webnova create, deploy, ps, logs and stop against a real server', () => {
  let server: TestServer;
  let env: Record<string, string>;
  let platformId: string;

  beforeAll(async () => {
    server = await startTestServer('pglite', {}, undefined, { runtime: { policy: FAST_POLICY } });
    const owner = await webnova(['owner', 'create', '--email', 'owner@example.com', '--json'], {
      WEBNOVA_OWNER_PASSWORD: 'a long owner secret',
      WEBNOVA_SERVER: server.url,
    });
    expect(owner.code, owner.stderr).toBe(0);
    const created = JSON.parse(owner.stdout) as { token: string; tenant: { id: string } };
    env = { WEBNOVA_SERVER: server.url, WEBNOVA_TOKEN: created.token, WEBNOVA_TENANT: created.tenant.id };
  }, 120_000);
  afterAll(() => server?.stop());

  it('creates and deploys a platform: one JSON document with a live, healthy preview and its admin', async () => {
    const run = await slowWebnova(
      ['create', 'A clinic with patients, doctors and appointments', '--deploy', '--json'],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    const outcome = CreateOutcome.parse(JSON.parse(run.stdout));
    expect(outcome.status, outcome.reason ?? '').toBe('live');
    expect(outcome.blueprintVersion).toBe(1);
    expect(outcome.deploymentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(outcome.admin?.email).toContain('@');
    expect(outcome.steps.map((step) => `${step.step}:${step.status}`)).toEqual(
      expect.arrayContaining(['generate:done', 'build:done', 'database:done', 'start:done', 'switch:done']),
    );
    const url = new URL(outcome.url ?? '');
    expect(url.protocol).toBe('http:');
    expect((await fetch(`${outcome.url}health`)).status).toBe(200);
    // Progress went to stderr, one line per step with its duration.
    expect(run.stderr).toMatch(/✓ build\s+\d+(\.\d)? (ms|s)/);
    platformId = outcome.platformId;
  }, 240_000);

  it('lists the deployment with `ps`, as JSON and as a table', async () => {
    const listed = await webnova(['ps', '--json'], env);
    expect(listed.code, listed.stderr).toBe(0);
    const deployments = z.array(DeploymentSummary).parse(JSON.parse(listed.stdout));
    expect(deployments).toEqual([
      expect.objectContaining({ platformId, status: 'live', blueprintVersion: 1 }),
    ]);
    const table = await webnova(['ps', '--platform', platformId], env);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^DEPLOYMENT\s+PLATFORM\s+VERSION\s+TARGET\s+STATUS\s+HEALTH\s+RESTARTS/);
    const row = `${deployments[0]!.id.slice(-8)}\\s+${platformId}\\s+v1\\s+local\\s+live\\s+ok \\d+ ms\\s+0`;
    expect(table.stdout).toMatch(new RegExp(row));
  });

  it("prints the latest deployment's log with `logs`", async () => {
    const logs = await webnova(['logs', platformId, '--tail', '20'], env);
    expect(logs.code, logs.stderr).toBe(0);
    expect(logs.stdout).toMatch(/^\d\d:\d\d:\d\d \S+\s+.*is running at/m);
    const searched = await webnova(['logs', platformId, '--search', 'IS RUNNING', '--json'], env);
    expect(searched.code, searched.stderr).toBe(0);
    const { lines } = z.object({ lines: z.array(DeploymentLogLine) }).parse(JSON.parse(searched.stdout));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.text.toLowerCase().includes('is running'))).toBe(true);
  });

  it('follows the log with `logs -f` until Ctrl-C', async () => {
    const child = spawn(process.execPath, [BIN, 'logs', platformId, '-f', '--json'], { env: cleanEnv(env) });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await until(() => stdout.includes('is running at'));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => DeploymentLogLine.parse(JSON.parse(line)));
    expect(records.length).toBeGreaterThan(0);
  }, 60_000);

  it('stops it with `stop`; `ps` then shows it stopped', async () => {
    const stopped = await webnova(['stop', platformId, '--json'], env);
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(JSON.parse(stopped.stdout)).toMatchObject({ platformId, status: 'stopped' });
    const listed = await webnova(['ps', '--json'], env);
    const deployments = z.array(DeploymentSummary).parse(JSON.parse(listed.stdout));
    expect(deployments.map((deployment) => deployment.status)).toEqual(['stopped']);
    expect((await webnova(['ps'], env)).stdout).toContain('stopped');
  }, 60_000);

  it('creates without deploying: no deployment, URL or admin', async () => {
    const run = await webnova(['create', 'A library with books, members and loans', '--json'], env);
    expect(run.code, run.stderr).toBe(0);
    expect(CreateOutcome.parse(JSON.parse(run.stdout))).toMatchObject({
      status: 'created',
      deploymentId: null,
      url: null,
      admin: null,
      steps: [],
    });
  });

  it('refuses a platform that does not exist (exit 1) and a malformed id or description (exit 2)', async () => {
    for (const args of [
      ['deploy', MISSING_PLATFORM],
      ['logs', MISSING_PLATFORM],
      ['stop', MISSING_PLATFORM],
    ]) {
      const run = await webnova(args, env);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toMatch(/^Error: .*not found/i);
      expect(run.stdout).toBe('');
    }
    const malformed = await webnova(['logs', 'clinic'], env);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain("'clinic'");
    const empty = await webnova(['create', '   ', '--json'], env);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('must not be empty');
    expect(empty.stdout).toBe('');
    const noTenant = await webnova(['ps'], { ...env, WEBNOVA_TENANT: '' });
    expect(noTenant.code).toBe(2);
    expect(noTenant.stderr).toContain('--tenant');
  });
});

describe('webnova runtime commands --help', () => {
  const COMMANDS = ['create', 'deploy', 'ps', 'logs', 'stop', 'restart', 'rollback'];

  it('has an example on every command', async () => {
    const runs = await Promise.all(COMMANDS.map((command) => webnova([command, '--help'])));
    runs.forEach((run, index) => {
      const name = `webnova ${COMMANDS[index]}`;
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toContain(`Usage: ${name}`);
      expect(run.stdout.split('Examples:\n')[1] ?? '', name).toMatch(new RegExp(`^ {2}\\$ ${name}`));
    });
  });
});

/** A deploy builds a whole platform: on a busy machine that may take longer than `webnova`'s 60 s. */
function slowWebnova(args: readonly string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { env: cleanEnv(env), timeout: 220_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}

async function until(check: () => boolean, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
