import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { groupMembers } from './process-group.js';
import { backoffDelay, resolvePolicy } from './restart-policy.js';
import { eventually } from '../../../testing/index.js';
import { FAST_POLICY, harness, serves, type Harness } from './test-support.js';

let current: Harness | undefined;
afterEach(async () => {
  await current?.cleanup();
  current = undefined;
});

/** Waits until a new process (not `oldPid`) is live again. */
async function liveAgain(run: Harness, oldPid: number): Promise<number> {
  return eventually('a restarted live process', () => {
    const { state, pid } = run.supervisor;
    return state === 'live' && pid !== undefined && pid !== oldPid && pid;
  });
}

describe('Supervisor restarts', () => {
  it('brings a server killed with SIGKILL back, and it serves again', async () => {
    current = await harness({ script: 'server.mjs' });
    const { supervisor, port } = current;
    await supervisor.start();
    const firstPid = supervisor.pid!;

    process.kill(firstPid, 'SIGKILL');
    await liveAgain(current, firstPid);

    expect(await serves(port)).toBe(true);
    expect(supervisor.restarts).toBe(1);
    expect(current.eventsOf('crashed')).toEqual([
      {
        type: 'crashed',
        exitCode: null,
        signal: 'SIGKILL',
        reason: 'killed by SIGKILL',
        restartInMs: 100,
        crashesInWindow: 1,
      },
    ]);
    expect(current.eventsOf('healthy').map((event) => event.attempt)).toEqual([1, 2]);
    expect(supervisor.logs.tail(50, 'restarting in').map((line) => line.text)).toEqual([
      'crashed (killed by SIGKILL), restarting in 100 ms',
    ]);
  });

  it('gives up with crash_looping after the crash limit, waiting longer each time, and restart() revives it', async () => {
    current = await harness({ script: 'server.mjs', env: (dir) => ({ EXIT_FLAG: join(dir, 'exit.flag') }) });
    const { supervisor, dir, port } = current;
    await supervisor.start();
    await writeFile(join(dir, 'exit.flag'), 'exit at every start');

    await eventually('crash_looping', () => supervisor.state === 'crash_looping');
    const policy = resolvePolicy(FAST_POLICY);
    const starts = current.events.filter(({ event }) => event.type === 'started').map(({ at }) => at);
    expect(starts).toHaveLength(policy.crashLimit);
    for (let crash = 1; crash < starts.length; crash += 1) {
      // The start after the n-th crash comes no sooner than that crash's backoff after the previous start.
      expect(starts[crash]! - starts[crash - 1]!).toBeGreaterThanOrEqual(backoffDelay(crash, policy));
    }
    expect(current.eventsOf('crashed').map((event) => event.restartInMs)).toEqual([100, 200, 400, 800]);
    expect(current.eventsOf('crashed').map((event) => event.crashesInWindow)).toEqual([1, 2, 3, 4]);
    expect(current.eventsOf('crash_looping')).toEqual([
      {
        type: 'crash_looping',
        crashesInWindow: 5,
        windowMs: 60_000,
        reason: 'exited before it became healthy (exit 1)',
      },
    ]);
    expect(supervisor.restarts).toBe(4);
    expect(supervisor.pid).toBeUndefined();

    await rm(join(dir, 'exit.flag'));
    await supervisor.restart();
    expect(supervisor.state).toBe('live');
    expect(await serves(port)).toBe(true);
    expect(current.eventsOf('stopped')).toEqual([]);
  });

  it('kills and restarts a server over its memory limit', async () => {
    current = await harness({
      script: 'server.mjs',
      memoryLimitMb: 150,
      env: (dir) => ({ HOG_FLAG: join(dir, 'hog.flag'), HOG_MB: '200' }),
    });
    const { supervisor, dir, port } = current;
    await supervisor.start();
    const firstPid = supervisor.pid!;
    await writeFile(join(dir, 'hog.flag'), 'hold memory once');

    await liveAgain(current, firstPid);
    const exceeded = current.eventsOf('memory_exceeded');
    expect(exceeded).toHaveLength(1);
    expect(exceeded[0]!.limitMb).toBe(150);
    expect(exceeded[0]!.rssMb).toBeGreaterThan(150);
    const types = current.events.map(({ event }) => event.type);
    expect(types.indexOf('memory_exceeded')).toBeLessThan(types.indexOf('crashed'));
    expect(current.eventsOf('crashed')[0]!.reason).toMatch(/^memory [\d.]+ MB over its limit of 150 MB$/);
    expect(supervisor.restarts).toBe(1);
    expect(await groupMembers(firstPid)).toEqual([]);
    expect(await serves(port)).toBe(true);
  });

  it('restarts a server that fails its health checks while live', async () => {
    current = await harness({ script: 'server.mjs', env: (dir) => ({ SICK_FLAG: join(dir, 'sick.flag') }) });
    const { supervisor, dir } = current;
    await supervisor.start();
    const firstPid = supervisor.pid!;
    await writeFile(join(dir, 'sick.flag'), '503 from now on');

    const crashed = await eventually('a crash', () => current!.eventsOf('crashed')[0]);
    expect(crashed.reason).toBe('3 health checks failed in a row (answered HTTP 503)');
    await rm(join(dir, 'sick.flag'));
    await liveAgain(current, firstPid);
    const failedProbes = supervisor.healthHistory().filter((check) => !check.ok);
    expect(failedProbes.length).toBeGreaterThanOrEqual(3);
    expect(supervisor.health?.ok).toBe(true);
  });

  it('resets the backoff after staying healthy for healthyResetMs', async () => {
    current = await harness({ script: 'server.mjs', policy: { healthyResetMs: 300 } });
    const { supervisor } = current;
    await supervisor.start();
    const firstPid = supervisor.pid!;
    process.kill(firstPid, 'SIGKILL');
    const secondPid = await liveAgain(current, firstPid);
    await eventually('the reset', () => supervisor.logs.tail(5, 'crash count and backoff reset').length > 0);

    process.kill(secondPid, 'SIGKILL');
    await liveAgain(current, secondPid);
    expect(current.eventsOf('crashed').map((event) => [event.restartInMs, event.crashesInWindow])).toEqual([
      [100, 1],
      [100, 1],
    ]);
    expect(supervisor.restarts).toBe(2);
  });

  it('stop during the backoff cancels the pending restart', async () => {
    current = await harness({ script: 'server.mjs', policy: { initialBackoffMs: 60_000 } });
    const { supervisor } = current;
    await supervisor.start();
    process.kill(supervisor.pid!, 'SIGKILL');
    await eventually(
      'restarting',
      () => supervisor.state === 'restarting' && current!.eventsOf('crashed').length === 1,
    );
    await supervisor.stop();
    expect(supervisor.state).toBe('stopped');
    expect(current.eventsOf('started')).toHaveLength(1);
  });
});
