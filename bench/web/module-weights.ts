/**
 * Which packages and source folders make up a set of chunks: a Vite plugin records each output chunk's
 * modules with their rendered length (after tree-shaking, before minification), so the bench can say
 * what weighs on the first page without a visualizer. Shares, not exact gzip bytes.
 */
import type { Plugin } from 'vite';

/** Output file name → module id → rendered bytes. */
export type ChunkModules = Map<string, Map<string, number>>;

export function recordChunkModules(into: ChunkModules): Plugin {
  return {
    name: 'webnova-bench-chunk-modules',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules = new Map<string, number>();
        for (const [id, info] of Object.entries(output.modules)) modules.set(id, info.renderedLength);
        into.set(output.fileName, modules);
      }
    },
  };
}

/** Rendered bytes per package (`node_modules/<name>`) or per source folder, heaviest first. */
export function weighByOrigin(chunks: ChunkModules, files: readonly string[], top = 12) {
  const totals = new Map<string, number>();
  for (const file of files) {
    for (const [id, bytes] of chunks.get(file) ?? []) {
      const origin = originOf(id);
      totals.set(origin, (totals.get(origin) ?? 0) + bytes);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, top);
}

function originOf(id: string): string {
  const path = id.replace(/\\/g, '/').replace(/\?.*$/, '');
  const inPackage = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage?.[1]) return inPackage[1];
  const inWeb = /\/src\/web\/((?:features|app)\/[^/]+|[^/]+)/.exec(path);
  if (inWeb?.[1]) return `src/web/${inWeb[1]}`;
  const inSrc = /\/src\/([^/]+)/.exec(path);
  return inSrc?.[1] ? `src/${inSrc[1]}` : path;
}
