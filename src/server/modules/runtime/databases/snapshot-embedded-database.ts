/** A copy of a PGlite directory taken before a risky change (a redeploy that migrates), to put back if it fails. */
import { randomUUID } from 'node:crypto';
import { access, cp, rename, rm } from 'node:fs/promises';
import type { DatabaseSnapshot } from './database-snapshot.js';

async function exists(target: string): Promise<boolean> {
  try {
    await access(target);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies `dir` to a sibling. Take it only while no process holds the database: PGlite writes its files
 * in place, so a copy taken under a running server may be torn. Restore and discard each act once; after
 * either, both do nothing.
 */
export async function snapshotEmbeddedDatabase(dir: string): Promise<DatabaseSnapshot> {
  // A sibling, so restoring is a rename on the same file system rather than a second copy.
  const copy = `${dir}.snapshot-${randomUUID()}`;
  const existed = await exists(dir);
  if (existed) await cp(dir, copy, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
  let settled = false;
  return {
    restore: async () => {
      if (settled) return;
      settled = true;
      await rm(dir, { recursive: true, force: true });
      if (existed) await rename(copy, dir);
    },
    discard: async () => {
      if (settled) return;
      settled = true;
      await rm(copy, { recursive: true, force: true });
    },
  };
}
