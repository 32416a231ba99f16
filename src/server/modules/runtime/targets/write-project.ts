/**
 * Writing a generated project to disk in one step: readers of `dir` see the old project or the new one,
 * never a half-written mix (a build started meanwhile, a crash part-way).
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ProjectFile {
  path: string;
  content: string;
}

/** Writes every file under a sibling temporary directory, then swaps it into place at `dir`. */
export async function writeProjectAtomically(files: readonly ProjectFile[], dir: string): Promise<void> {
  const target = path.resolve(dir);
  const suffix = randomBytes(6).toString('hex');
  const staging = `${target}.writing-${suffix}`;
  const previous = `${target}.previous-${suffix}`;
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await mkdir(staging);
    for (const file of files) {
      const destination = insideOf(staging, file.path);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, file.content);
    }
    // rename cannot replace a non-empty directory, so the old project steps aside first.
    const hadPrevious = await renameIfPresent(target, previous);
    try {
      await rename(staging, target);
    } catch (error) {
      if (hadPrevious) await rename(previous, target);
      throw error;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

function insideOf(root: string, relativePath: string): string {
  const resolved = path.resolve(root, relativePath);
  if (path.isAbsolute(relativePath) || !resolved.startsWith(root + path.sep))
    throw new Error(`Generated file path ${JSON.stringify(relativePath)} leaves the project directory`);
  return resolved;
}

async function renameIfPresent(from: string, to: string): Promise<boolean> {
  try {
    await rename(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
