/** Writes a generated codebase into a fresh directory that resolves its packages from WebNova's. */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../../kernel/index.js';
import type { BuildFile } from './build-types.js';

/** Generated paths are relative and stay inside the project; anything else is refused, not written. */
function targetOf(root: string, file: BuildFile): string {
  const target = path.resolve(root, file.path);
  if (path.isAbsolute(file.path) || !target.startsWith(root + path.sep)) {
    throw new AppError('unprocessable', `The codebase names the file ${file.path}, outside the project.`, {
      hint: 'Regenerate the platform: generated paths are relative to the project root.',
    });
  }
  return target;
}

export async function writeBuildFiles(
  root: string,
  files: readonly BuildFile[],
  nodeModulesDir: string,
): Promise<void> {
  const targets = files.map((file) => ({ target: targetOf(root, file), content: file.content }));
  const folders = new Set(targets.map(({ target }) => path.dirname(target)));
  // Folders first (each once), then every file at the same time: a codebase is a few hundred small files.
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  await Promise.all(targets.map(({ target, content }) => writeFile(target, content)));
  // Packages are resolved by walking up from the importing file, so one link at the root serves the
  // bundled server, the web build and the external packages they load at run time.
  await symlink(path.resolve(nodeModulesDir), path.join(root, 'node_modules'), 'dir');
}
