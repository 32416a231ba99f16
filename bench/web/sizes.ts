/**
 * Byte sizes of built files, raw and gzip. Gzip at level 9 is what a server that precompresses its
 * static files (nginx `gzip_static`, a CDN) sends; on-the-fly compression at a lower level is a few
 * percent larger. WebNova's own server compresses them on the fly (the compression middleware: brotli
 * or gzip at level 6, as the browser accepts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';

export const GZIP_METHOD = 'node:zlib gzipSync, level 9';

export interface FileSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export async function measureFile(outDir: string, file: string): Promise<FileSize> {
  const bytes = await readFile(path.join(outDir, file));
  const gzipBytes = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).byteLength;
  return { file, rawBytes: bytes.byteLength, gzipBytes };
}

export function sum(sizes: readonly FileSize[]): { rawBytes: number; gzipBytes: number } {
  return {
    rawBytes: sizes.reduce((total, size) => total + size.rawBytes, 0),
    gzipBytes: sizes.reduce((total, size) => total + size.gzipBytes, 0),
  };
}

export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
