import { readFile, readlink } from 'node:fs/promises';
import { expect } from 'vitest';
import { StreamPage, type StoredEventView } from '../../../contracts/index.js';
import type { SignedUp } from '../../testing/index.js';
import { DeploymentStarted } from './events.js';

// Shared by the runtime's process-level tests (crashes, restarts of WebNova, isolation).

/** Every event on the platform's deployments stream, oldest first. */
export async function deploymentEventsOf(person: SignedUp, platformId: string): Promise<StoredEventView[]> {
  const response = await person.client.get(`/api/events/streams/deployments-${platformId}?limit=1000`);
  expect(response.status, response.text).toBe(200);
  return StreamPage.parse(response.body).events;
}

/** The pid of the deployment's latest start, from its last DeploymentStarted event. */
export async function latestPidOf(
  person: SignedUp,
  platformId: string,
  deploymentId: string,
): Promise<number> {
  const starts = (await deploymentEventsOf(person, platformId))
    .filter((event) => event.type === DeploymentStarted.type)
    .map((event) => DeploymentStarted.schema.parse(event.data))
    .filter((data) => data.deploymentId === deploymentId);
  const last = starts.at(-1);
  if (!last) throw new Error(`deployment ${deploymentId} has no DeploymentStarted event`);
  return last.pid;
}

/** Whether a process with this pid exists (signal 0 checks without signalling). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; only ESRCH means it is gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A process's environment as the kernel holds it (Linux `/proc/<pid>/environ`). */
export async function environmentOf(pid: number): Promise<Record<string, string>> {
  const raw = await readFile(`/proc/${pid}/environ`, 'utf8');
  const entries = raw
    .split('\0')
    .filter((entry) => entry.includes('='))
    .map((entry) => {
      const at = entry.indexOf('=');
      return [entry.slice(0, at), entry.slice(at + 1)] as const;
    });
  return Object.fromEntries(entries);
}

/** The working directory of a process: a platform runs from its build directory. */
export async function workingDirOf(pid: number): Promise<string> {
  return readlink(`/proc/${pid}/cwd`);
}
