import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type DeploymentLogLine } from '../../../../contracts/index.js';
import { groupMembers, isProcessAlive } from './process-group.js';
import { StartFailure } from './start-failure.js';
import { Supervisor } from './supervisor.js';
import { eventually } from '../../../testing/index.js';
import { harness, serves, type Harness } from './test-support.js';

let current: Harness | undefined;
afterEach(async () => {
  await current?.cleanup();
  current = undefined;
});

async function startFailure(run: Harness): Promise<StartFailure> {
  const error: unknown = await run.supervisor.start().then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(StartFailure);
  return error as StartFailure;
}

describe('Supervisor start', () => {
  it('resolves at the first passing health check and captures stdout and stderr', async () => {
    current = await harness({ script: 'server.mjs' });
    const { supervisor, port, dir } = current;
    await supervisor.start();

    expect(supervisor.state).toBe('live');
    expect(supervisor.pid).toBeGreaterThan(0);
    expect(supervisor.restarts).toBe(0);
    expect(await serves(port)).toBe(true);
    expect(supervisor.health).toMatchObject({ ok: true, httpStatus: 200 });
    expect(current.events.map(({ event }) => event.type)).toEqual(['started', 'healthy']);
    expect(current.eventsOf('started')[0]).toEqual({ type: 'started', pid: supervisor.pid, attempt: 1 });

    const lines = await eventually('both output lines', () => {
      const found = supervisor.logs.tail(50);
      return (
        found.some((line) => line.stream === 'stderr') &&
        found.some((line) => line.stream === 'stdout') &&
        found
      );
    });
    expect(lines).toContainEqual(expect.objectContaining({ stream: 'stdout', text: `listening on ${port}` }));
    expect(lines).toContainEqual(expect.objectContaining({ stream: 'stderr', text: 'a line on stderr' }));
    expect(lines).toContainEqual(
      expect.objectContaining({ stream: 'system', text: `started pid ${supervisor.pid} (attempt 1)` }),
    );
    const seqs = lines.map((line) => line.seq);
    expect(seqs).toEqual(seqs.map((_, index) => seqs[0]! + index));
    expect(supervisor.logs.tail(10, 'ON STDERR').map((line) => line.text)).toEqual(['a line on stderr']);

    const pidFile = JSON.parse(await readFile(join(dir, 'run', 'server.pid'), 'utf8')) as { pid: number };
    expect(pidFile.pid).toBe(supervisor.pid);

    await supervisor.stop('done');
    expect(supervisor.state).toBe('stopped');
    expect(existsSync(join(dir, 'run', 'server.pid'))).toBe(false);
    expect(current.eventsOf('stopped')).toEqual([{ type: 'stopped', reason: 'done' }]);
    await supervisor.logs.close();
    const stored = (await readFile(join(dir, 'logs', 'deployment.log'), 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as DeploymentLogLine);
    expect(stored.map((line) => line.text)).toEqual(
      expect.arrayContaining(['a line on stderr', 'stopped: done']),
    );
  });

  it('is idempotent to stop twice', async () => {
    current = await harness({ script: 'server.mjs' });
    await current.supervisor.start();
    await Promise.all([current.supervisor.stop(), current.supervisor.stop()]);
    await current.supervisor.stop();
    expect(current.eventsOf('stopped')).toHaveLength(1);
  });

  it('rejects with the output tail when the server exits at once, and does not restart it', async () => {
    current = await harness({ script: 'exit-at-once.mjs' });
    const failure = await startFailure(current);
    expect(failure.reason).toBe('exited before it became healthy (exit 3)');
    expect(failure.exitCode).toBe(3);
    expect(failure.logTail).toEqual(
      expect.arrayContaining(['loading configuration', 'Error: DATABASE_URL is not set']),
    );
    expect(current.supervisor.state).toBe('failed');
    expect(current.eventsOf('started')).toHaveLength(1);
    expect(current.eventsOf('crashed')).toEqual([]);
  });

  it('rejects and kills the group when no health check passes in time', async () => {
    current = await harness({ script: 'never-healthy.mjs', policy: { startTimeoutMs: 1_500 } });
    const failure = await startFailure(current);
    expect(failure.reason).toMatch(/^no passing health check within 1\.5 s; last probe: answered HTTP 503$/);
    expect(failure.exitCode).toBeNull();
    expect(failure.logTail).toContain('listening, not ready');
    expect(current.supervisor.state).toBe('failed');
    const pid = current.eventsOf('started')[0]!.pid;
    expect(await groupMembers(pid)).toEqual([]);
  });

  it('reports a command that cannot be spawned as a failed start', async () => {
    current = await harness({ script: 'server.mjs' });
    const supervisor = new Supervisor({
      launch: { command: join(current.dir, 'no-such-binary'), args: [], cwd: current.dir, env: {} },
      healthUrl: `http://127.0.0.1:${current.port}/health`,
      logFile: join(current.dir, 'other.log'),
      pidFile: join(current.dir, 'other.pid'),
      memoryLimitMb: 100,
    });
    const error = await supervisor.start().catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(StartFailure);
    expect((error as StartFailure).reason).toMatch(/could not be spawned: .*ENOENT/);
    expect(supervisor.state).toBe('failed');
  });

  it('stop ends the grandchild too', async () => {
    current = await harness({
      script: 'server.mjs',
      env: (dir) => ({ GRANDCHILD_PID_FILE: join(dir, 'grandchild.pid') }),
    });
    const pidPath = join(current.dir, 'grandchild.pid');
    const { supervisor } = current;
    await supervisor.start();
    const leader = supervisor.pid!;
    const grandchild = Number(
      await eventually('the grandchild pid', () => existsSync(pidPath) && readFile(pidPath, 'utf8')),
    );
    expect(await isProcessAlive(grandchild)).toBe(true);
    expect(await groupMembers(leader)).toEqual(expect.arrayContaining([leader, grandchild]));

    await supervisor.stop();
    expect(await isProcessAlive(leader)).toBe(false);
    expect(await isProcessAlive(grandchild)).toBe(false);
    expect(supervisor.pid).toBeUndefined();
  });
});
