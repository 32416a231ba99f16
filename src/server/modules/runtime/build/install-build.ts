/**
 * Moves a finished build from its temporary sibling directory into place with rename(2), so `dir` is
 * always either the previous finished build or the new one, never a half-written tree.
 */
import { randomUUID } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { builtContentHash } from './build-marker.js';

const ATTEMPTS = 3;

function isErrno(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && codes.includes((error as NodeJS.ErrnoException).code ?? '');
}

/**
 * Returns false when, meanwhile, another build of the same content hash took `dir` (ours is then
 * discarded: both are identical). A previous build of another hash is moved aside and removed; between
 * those two renames `dir` is briefly absent, which a reader sees as "not built", never as broken.
 */
export async function installBuild(staging: string, dir: string, contentHash: string): Promise<boolean> {
  let replaced: string | undefined;
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await rename(staging, dir);
        return true;
      } catch (error) {
        // rename(2) replaces only an empty directory; a full one answers ENOTEMPTY (or EEXIST).
        if (!isErrno(error, 'ENOTEMPTY', 'EEXIST') || attempt >= ATTEMPTS) throw error;
      }
      if ((await builtContentHash(dir)) === contentHash) {
        await rm(staging, { recursive: true, force: true });
        return false;
      }
      replaced ??= `${dir}.replaced-${randomUUID()}`;
      try {
        await rename(dir, replaced);
      } catch (error) {
        // Another build moved it first: try again with whatever is there now.
        if (!isErrno(error, 'ENOENT', 'ENOTEMPTY', 'EEXIST')) throw error;
      }
    }
  } finally {
    if (replaced) await rm(replaced, { recursive: true, force: true });
  }
}
