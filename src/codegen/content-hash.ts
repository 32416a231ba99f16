import { createHash } from 'node:crypto';
import type { GeneratedFile } from './generated-file.js';

/** SHA-256 over each path and content, length-prefixed so no two file trees share a hash by concatenation. */
export function contentHashOf(files: readonly GeneratedFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    const path = Buffer.from(file.path, 'utf8');
    const content = Buffer.from(file.content, 'utf8');
    hash.update(`${path.length}:`).update(path).update(`${content.length}:`).update(content);
  }
  return hash.digest('hex');
}
