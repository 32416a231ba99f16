/**
 * A process group seen through /proc (Linux): its members, their memory, and how to end them all.
 * The supervised server may start helpers of its own; they share its group, so the group is the unit.
 * @module
 */
import { readdir, readFile, readlink } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

interface ProcStat {
  pid: number;
  state: string;
  processGroup: number;
}

/** Parses /proc/<pid>/stat. The command name sits in parentheses and may itself hold spaces or ')'. */
export function parseProcStat(text: string): ProcStat | undefined {
  const closing = text.lastIndexOf(')');
  const pid = Number.parseInt(text, 10);
  if (closing === -1 || Number.isNaN(pid)) return undefined;
  const [state, _parent, group] = text.slice(closing + 2).split(' ');
  const processGroup = Number(group);
  if (!state || !Number.isInteger(processGroup)) return undefined;
  return { pid, state, processGroup };
}

/** Reads `VmRSS` (kB) from /proc/<pid>/status; 0 for a process without one (a kernel thread, a zombie). */
export function parseRssKb(statusText: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(statusText);
  return match?.[1] ? Number(match[1]) : 0;
}

async function readProc(pid: number, file: string): Promise<string | undefined> {
  try {
    return await readFile(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined; // It ended while we looked.
  }
}

/**
 * The pids of the living members of process group `groupId`. Zombies do not count: they hold no
 * memory or port, and in a container whose init does not reap, an orphaned one would linger forever.
 */
export async function groupMembers(groupId: number): Promise<number[]> {
  const entries = await readdir('/proc');
  const stats = await Promise.all(
    entries.filter((name) => /^\d+$/.test(name)).map((name) => readProc(Number(name), 'stat')),
  );
  const members: number[] = [];
  for (const text of stats) {
    const stat = text === undefined ? undefined : parseProcStat(text);
    if (stat && stat.processGroup === groupId && stat.state !== 'Z' && stat.state !== 'X')
      members.push(stat.pid);
  }
  return members;
}

/** The resident memory of the whole group, in MB. */
export async function groupRssMb(groupId: number): Promise<number> {
  const members = await groupMembers(groupId);
  const statuses = await Promise.all(members.map((pid) => readProc(pid, 'status')));
  const totalKb = statuses.reduce((sum, text) => sum + (text === undefined ? 0 : parseRssKb(text)), 0);
  return Math.round((totalKb / 1024) * 10) / 10;
}

/** Whether `pid` is a living process (not a zombie). */
export async function isProcessAlive(pid: number): Promise<boolean> {
  const text = await readProc(pid, 'stat');
  const stat = text === undefined ? undefined : parseProcStat(text);
  return stat !== undefined && stat.state !== 'Z' && stat.state !== 'X';
}

/** The working directory of `pid`, or undefined when it is gone or not ours to see. */
export async function processCwd(pid: number): Promise<string | undefined> {
  try {
    return await readlink(`/proc/${pid}/cwd`);
  } catch {
    return undefined;
  }
}

function signalGroup(groupId: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-groupId, signal);
  } catch (error) {
    // ESRCH: nobody left in the group, which is what we want.
    if (!(error instanceof Error && 'code' in error && error.code === 'ESRCH')) throw error;
  }
}

const POLL_MS = 50;

/** Without /proc (not Linux) a zombie leader counts as alive, which only costs the grace period. */
async function groupAlive(groupId: number): Promise<boolean> {
  try {
    return (await groupMembers(groupId)).length > 0;
  } catch {
    try {
      process.kill(-groupId, 0);
      return true;
    } catch {
      return false;
    }
  }
}

async function waitUntilGone(groupId: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!(await groupAlive(groupId))) return true;
    if (Date.now() >= deadline) return false;
    await sleep(POLL_MS);
  }
}

/**
 * Ends every process of the group: SIGTERM, up to `graceMs` to exit, then SIGKILL. With `graceMs` 0 it
 * kills at once. Resolves once no member is left (or, should one survive SIGKILL, after a last wait).
 * These timers stay referenced on purpose: a WebNova shutting down waits for its children to be gone.
 */
export async function terminateGroup(groupId: number, graceMs: number): Promise<void> {
  if (graceMs > 0) {
    signalGroup(groupId, 'SIGTERM');
    if (await waitUntilGone(groupId, graceMs)) return;
  }
  signalGroup(groupId, 'SIGKILL');
  await waitUntilGone(groupId, 2_000);
}
