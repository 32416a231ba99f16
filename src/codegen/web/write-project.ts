/** For integration tests: a generated project on disk, borrowing WebNova's node_modules. */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Blueprint } from '../../contracts/index.js';
import { generateCodebase } from '../index.js';
import { generateWebFiles } from './index.js';

const webnovaRoot = path.resolve(import.meta.dirname, '../../..');

export interface WrittenProject {
  directory: string;
  remove: () => Promise<void>;
}

/** The server generator's files plus the web files (until the engine includes them itself). */
export async function writeProject(blueprint: Blueprint): Promise<WrittenProject> {
  const directory = await mkdtemp(path.join(tmpdir(), 'webnova-web-'));
  const codebase = generateCodebase(blueprint).files;
  const files = codebase.some((file) => file.path.startsWith('web/'))
    ? codebase
    : [...codebase, ...generateWebFiles(blueprint)];
  for (const file of files) {
    const target = path.join(directory, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  await symlink(path.join(webnovaRoot, 'node_modules'), path.join(directory, 'node_modules'), 'dir');
  return { directory, remove: () => rm(directory, { recursive: true, force: true }) };
}
