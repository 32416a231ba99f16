/** Embedded platforms: one PGlite directory each under the host's root, readable by WebNova's user only. */
import { chmod, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PlatformDatabase } from './database-types.js';
import { checkedPlatformId } from './platform-names.js';

function directoryOf(rootDir: string, platformId: string): string {
  return path.join(path.resolve(rootDir), checkedPlatformId(platformId));
}

export async function provisionEmbeddedDatabase(
  rootDir: string,
  platformId: string,
): Promise<PlatformDatabase> {
  const dir = directoryOf(rootDir, platformId);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir leaves an existing directory's mode alone (and the umask trims a new one): set it either way.
  await chmod(dir, 0o700);
  return { kind: 'pglite', env: { DATA_DIR: dir }, label: `PGlite in ${dir}` };
}

export async function dropEmbeddedDatabase(rootDir: string, platformId: string): Promise<void> {
  await rm(directoryOf(rootDir, platformId), { recursive: true, force: true });
}
