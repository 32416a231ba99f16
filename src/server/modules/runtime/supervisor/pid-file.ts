/**
 * The pid file records which process group a deployment runs in, so a WebNova that crashed can find and
 * end what it left behind (`killOrphan`).
 * @module
 */
import { mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { groupMembers, processCwd, terminateGroup } from './process-group.js';

interface PidRecord {
  /** The group leader's pid, which is also the process group id. */
  pid: number;
  cwd: string;
  startedAt: string;
}

export async function writePidFile(file: string, record: PidRecord): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(record)}\n`);
}

export async function removePidFile(file: string): Promise<void> {
  await rm(file, { force: true });
}

/** The pid in a pid file (ours is JSON; a bare number is accepted too), or undefined when unreadable. */
export async function readPid(file: string): Promise<number | undefined> {
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).trim();
  } catch {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const pid = typeof parsed === 'object' && parsed !== null && 'pid' in parsed ? parsed.pid : parsed;
  return typeof pid === 'number' && Number.isInteger(pid) && pid > 1 ? pid : undefined;
}

async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

/**
 * After a WebNova crash: ends the process group recorded in `pidFile` if it is still alive and one of
 * its members works in `expectedCwd` (a pid reused by an unrelated process is left alone). Removes the
 * pid file either way. Resolves true when a group was ended.
 */
export async function killOrphan(pidFile: string, expectedCwd: string, graceMs = 5_000): Promise<boolean> {
  const pid = await readPid(pidFile);
  if (pid === undefined) {
    await removePidFile(pidFile);
    return false;
  }
  const expected = await canonical(expectedCwd);
  // The leader may be gone while a helper it started still holds the port: look at every member.
  const members = await groupMembers(pid);
  const cwds = await Promise.all(members.map((member) => processCwd(member)));
  const ours = cwds.some((cwd) => cwd === expected);
  if (ours) await terminateGroup(pid, graceMs);
  await removePidFile(pidFile);
  return ours;
}
