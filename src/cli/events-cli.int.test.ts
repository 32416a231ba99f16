import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoredEventView } from '../contracts/index.js';
import { startTestServer, type TestServer } from '../server/testing/index.js';
import { cleanEnv, WEBNOVA_BIN as BIN, webnova } from './testing/run-webnova.js';

const LETTER_ID = '0190f5d2-7c1e-7a3b-9f10-0000000dead7';

const ndjson = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => StoredEventView.parse(JSON.parse(line)));

describe('webnova events against a real server', () => {
  let server: TestServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer('pglite');
    const owner = await webnova(['owner', 'create', '--email', 'owner@example.com', '--json'], {
      WEBNOVA_OWNER_PASSWORD: 'a long owner secret',
      WEBNOVA_SERVER: server.url,
    });
    expect(owner.code, owner.stderr).toBe(0);
    const created = JSON.parse(owner.stdout) as { token: string; tenant: { id: string } };
    env = { WEBNOVA_SERVER: server.url, WEBNOVA_TOKEN: created.token, WEBNOVA_TENANT: created.tenant.id };
  });
  afterAll(() => server?.stop());

  it('appends with `events append` and prints the events with `events tail --once --json`', async () => {
    const first = await webnova(
      ['events', 'append', 'lead-1', '--type', 'crm.LeadCaptured', '--data', '{"name":"Lina"}', '--json'],
      env,
    );
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ streamId: 'lead-1', nextVersion: 1, duplicate: false });
    const stale = await webnova(
      ['events', 'append', 'lead-1', '--type', 'crm.LeadLost', '--data', '{}', '--expected-version', '0'],
      env,
    );
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/version/i);
    await webnova(['events', 'append', 'other-1', '--type', 'crm.Other', '--data', '{"n":2}'], env);

    const tail = await webnova(['events', 'tail', '--once', '--json'], env);
    expect(tail.code, tail.stderr).toBe(0);
    const events = ndjson(tail.stdout);
    expect(events.map((event) => [event.streamId, event.type, event.data])).toEqual([
      ['lead-1', 'crm.LeadCaptured', { name: 'Lina' }],
      ['other-1', 'crm.Other', { n: 2 }],
    ]);
    const filtered = await webnova(['events', 'tail', '--once', '--json', '--stream', 'other-1'], env);
    expect(filtered.code, filtered.stderr).toBe(0);
    expect(ndjson(filtered.stdout).map((event) => event.type)).toEqual(['crm.Other']);
    const after = await webnova(['events', 'tail', '--once', '--after', events[0]!.cursor], env);
    expect(after.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/other-1@1 {2}crm\.Other {2}\{"n":2\}$/),
    ]);
  });

  it('follows new events live and stops cleanly on Ctrl-C, saying where to resume', async () => {
    const child = spawn(process.execPath, [BIN, 'events', 'tail', '--json', '--interval', '100'], {
      env: cleanEnv(env),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    await until(() => ndjson(stdout).length === 2);
    const api = server.client();
    api.bearerToken = env.WEBNOVA_TOKEN!;
    api.tenantId = env.WEBNOVA_TENANT!;
    const live = await api.post('/api/events/streams/live-1', { events: [{ type: 'crm.Live', data: {} }] });
    expect(live.status, live.text).toBe(201);
    await until(() => ndjson(stdout).some((event) => event.type === 'crm.Live'));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    const last = ndjson(stdout).at(-1)!;
    expect(stderr).toContain(`--after ${last.cursor}`);
  });

  it('lists, shows, refuses to replay and discards a dead letter', async () => {
    await server.database.query(
      `insert into event_dead_letters
         (tenant_id, id, subscription, global_position, event_id, stream_id, event_type, attempts, last_error)
       select tenant_id, $2, 'cli-test', global_position, event_id, stream_id, type, 10, 'handler failed: boom'
         from events where tenant_id = $1 and stream_id = 'lead-1'`,
      [env.WEBNOVA_TENANT, LETTER_ID],
    );
    const listed = await webnova(['events', 'dead-letters', 'list', '--json'], env);
    expect(listed.code, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ id: LETTER_ID, subscription: 'cli-test', attempts: 10, status: 'dead' }),
    ]);
    const table = await webnova(['events', 'dead-letters', 'list'], env);
    expect(table.stdout).toMatch(/^ID\s+SUBSCRIPTION\s+EVENT TYPE/);
    expect(table.stdout).toContain('crm.LeadCaptured');

    const shown = await webnova(['events', 'dead-letters', 'show', LETTER_ID], env);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('handler failed: boom');
    expect(shown.stdout).toContain('"name": "Lina"');

    // No subscription called cli-test runs on this server, so there is no handler to replay with.
    const replay = await webnova(['events', 'dead-letters', 'replay', LETTER_ID], env);
    expect(replay.code).toBe(1);
    expect(replay.stderr).toMatch(/no longer registered/);

    const discarded = await webnova(['events', 'dead-letters', 'discard', LETTER_ID, '--json'], env);
    expect(discarded.code, discarded.stderr).toBe(0);
    expect(JSON.parse(discarded.stdout)).toMatchObject({ id: LETTER_ID, status: 'discarded' });
    expect((await webnova(['events', 'dead-letters', 'list'], env)).stdout).toBe('No dead letters.\n');
    const again = await webnova(['events', 'dead-letters', 'discard', LETTER_ID], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('discarded already');
  });

  it('refuses a wrong command line with exit 2 before calling the server', async () => {
    const noTenant = await webnova(['events', 'tail', '--once'], { ...env, WEBNOVA_TENANT: '' });
    expect(noTenant.code).toBe(2);
    expect(noTenant.stderr).toContain('--tenant');
    const badCursor = await webnova(['events', 'tail', '--after', 'yesterday'], env);
    expect(badCursor.code).toBe(2);
    expect(badCursor.stderr).toContain('0:0');
    const notObject = await webnova(['events', 'append', 's-1', '--type', 'a.B', '--data', '[1]'], env);
    expect(notObject.code).toBe(2);
    expect(notObject.stderr).toContain('JSON object');
    const badId = await webnova(['events', 'dead-letters', 'show', 'letter-1'], env);
    expect(badId.code).toBe(2);
  });
});

describe('webnova events --help', () => {
  const HELP = [
    ['events'],
    ['events', 'tail'],
    ['events', 'append'],
    ['events', 'dead-letters'],
    ['events', 'dead-letters', 'list'],
    ['events', 'dead-letters', 'show'],
    ['events', 'dead-letters', 'replay'],
    ['events', 'dead-letters', 'discard'],
  ];

  it('has an example on every sub-command', async () => {
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
});

async function until(check: () => boolean, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
