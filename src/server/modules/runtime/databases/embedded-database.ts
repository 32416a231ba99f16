/** Embedded platforms: one PGlite directory each under the host's root, readable by WebNova's user only. */
import { access, chmod, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PlatformDatabase } from './database-types.js';
import { copyEmbeddedTemplate, PGLITE_VERSION } from './embedded-template.js';
import { checkedPlatformId } from './platform-names.js';

function directoryOf(rootDir: string, platformId: string): string {
  return path.join(path.resolve(rootDir), checkedPlatformId(platformId));
}

/** Where the empty database new platforms start from, unless the host names another (tests share one). */
export function templateDirOf(rootDir: string, templateDir: string | undefined): string {
  return templateDir ?? path.join(path.resolve(rootDir), `.template-pglite-${PGLITE_VERSION}`);
}

export async function provisionEmbeddedDatabase(
  rootDir: string,
  platformId: string,
  templateDir?: string,
): Promise<PlatformDatabase> {
  const dir = directoryOf(rootDir, platformId);
  await mkdir(path.dirname(dir), { recursive: true, mode: 0o700 });
  if (!(await exists(dir))) await copyEmbeddedTemplate(templateDirOf(rootDir, templateDir), dir);
  // mkdir leaves an existing directory's mode alone (and the umask trims a new one): set it either way.
  await chmod(dir, 0o700);
  return { kind: 'pglite', env: { DATA_DIR: dir }, label: `PGlite in ${dir}` };
}

export async function dropEmbeddedDatabase(rootDir: string, platformId: string): Promise<void> {
  await rm(directoryOf(rootDir, platformId), { recursive: true, force: true });
}

async function exists(target: string): Promise<boolean> {
  try {
    await access(target);
    return true;
  } catch {
    return false;
  }
}
