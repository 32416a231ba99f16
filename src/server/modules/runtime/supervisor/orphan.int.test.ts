import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from './free-port.js';
import { killOrphan, writePidFile } from './pid-file.js';
import { groupMembers, isProcessAlive, terminateGroup } from './process-group.js';
import { eventually } from '../../../testing/index.js';
import { fixture } from './test-support.js';

let dir: string;
let leftovers: number[] = [];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'webnova-orphan-'));
});
afterEach(async () => {
  await Promise.all(leftovers.map((pid) => terminateGroup(pid, 0)));
  leftovers = [];
  await rm(dir, { recursive: true, force: true });
});

/** A server group left behind, as if the WebNova that started it had crashed. */
async function leaveBehind(): Promise<{ pid: number; grandchild: number }> {
  const grandchildFile = join(dir, 'grandchild.pid');
  const child = spawn(process.execPath, [fixture('server.mjs')], {
    cwd: dir,
    detached: true,
    stdio: 'ignore',
    env: { PORT: String(await freePort()), GRANDCHILD_PID_FILE: grandchildFile },
  });
  child.unref();
  const pid = child.pid!;
  leftovers.push(pid);
  const { readFile } = await import('node:fs/promises');
  const grandchild = Number(
    await eventually('the grandchild', () => existsSync(grandchildFile) && readFile(grandchildFile, 'utf8')),
  );
  await writePidFile(join(dir, 'server.pid'), { pid, cwd: dir, startedAt: new Date().toISOString() });
  return { pid, grandchild };
}

describe('killOrphan', () => {
  it('ends a recorded group that still runs in the expected directory', async () => {
    const { pid, grandchild } = await leaveBehind();
    expect(await killOrphan(join(dir, 'server.pid'), dir)).toBe(true);
    expect(await groupMembers(pid)).toEqual([]);
    expect(await isProcessAlive(grandchild)).toBe(false);
    expect(existsSync(join(dir, 'server.pid'))).toBe(false);
  });

  it('leaves a group alone that works somewhere else', async () => {
    const { pid } = await leaveBehind();
    expect(await killOrphan(join(dir, 'server.pid'), tmpdir())).toBe(false);
    expect(await isProcessAlive(pid)).toBe(true);
  });

  it('answers false when there is no pid file', async () => {
    expect(await killOrphan(join(dir, 'missing.pid'), dir)).toBe(false);
  });
});
