/** The file that says a build directory is finished, and of which codebase. */
import { access, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_MARKER, SERVER_BUNDLE, WEB_ROOT } from './build-layout.js';

interface BuildMarker {
  contentHash: string;
}

export async function writeBuildMarker(root: string, contentHash: string): Promise<void> {
  const marker: BuildMarker = { contentHash };
  await writeFile(path.join(root, BUILD_MARKER), `${JSON.stringify(marker)}\n`);
}

/** The content hash of the finished build in `root`, or undefined when there is none (or it was damaged). */
export async function builtContentHash(root: string): Promise<string | undefined> {
  try {
    const marker = JSON.parse(await readFile(path.join(root, BUILD_MARKER), 'utf8')) as Partial<BuildMarker>;
    // The marker is written last, but a directory tampered with afterwards should be rebuilt, not trusted.
    await access(path.join(root, SERVER_BUNDLE));
    await access(path.join(root, WEB_ROOT, 'index.html'));
    return typeof marker.contentHash === 'string' ? marker.contentHash : undefined;
  } catch {
    return undefined;
  }
}
