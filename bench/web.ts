/**
 * `npm run bench:web`: builds the web app with vite.config.ts into a temporary folder (dist/web is left
 * alone) with the manifest on, and prints one JSON document: the first page's JavaScript and CSS (the HTML
 * entry and its static imports, transitively, per the manifest, checked against the scripts, module
 * preloads and style sheets of the index.html Vite wrote) and the lazy chunks only dynamic imports load.
 * Target, reported and not asserted: initial JavaScript under 250 KB gzip.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as viteVersion } from 'vite';
import { readHtmlReferences, toOutputPath } from './web/html-references.js';
import { readChunkGraph, type Manifest } from './web/manifest-graph.js';
import { recordChunkModules, weighByOrigin, type ChunkModules } from './web/module-weights.js';
import { GZIP_METHOD, kb, measureFile, sum, type FileSize } from './web/sizes.js';

const TARGET_INITIAL_JS_GZIP_KB = 250;
const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

const outDir = await mkdtemp(path.join(tmpdir(), 'webnova-bench-web-'));
try {
  const startedAt = performance.now();
  const chunkModules: ChunkModules = new Map();
  await build({
    configFile,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
    plugins: [recordChunkModules(chunkModules)],
  });
  const buildMs = Math.round(performance.now() - startedAt);

  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const html = readHtmlReferences(await readFile(path.join(outDir, 'index.html'), 'utf8'));
  const graph = readChunkGraph(manifest);
  const fileOf = (key: string) => manifest[key]?.file ?? key;
  const measure = (files: string[]) => Promise.all(files.map((file) => measureFile(outDir, file)));

  const entryFile = fileOf(graph.entry);
  const preloadFiles = graph.initial.filter((key) => key !== graph.entry).map(fileOf);
  const htmlCheck = {
    entryScript: sameSet(html.moduleScripts.map(toOutputPath), [entryFile]),
    modulePreloads: sameSet(html.modulePreloads.map(toOutputPath), preloadFiles),
    styleSheets: sameSet(html.styleSheets.map(toOutputPath), graph.initialCss),
  };

  const manifestJs = await measure([entryFile, ...preloadFiles]);
  // Scripts copied from public/ (outside the manifest) still load with the first page, so they count.
  const classicJs = await measure(html.classicScripts.map(toOutputPath));
  const initialJs = [...manifestJs, ...classicJs];
  const initialCss = await measure(graph.initialCss);
  const lazyJs = await Promise.all(
    graph.lazy.map(async (key) => ({
      name: manifest[key]?.src ?? fileOf(key),
      ...(await measureFile(outDir, fileOf(key))),
    })),
  );
  const lazyCss = await measure(graph.lazyCss);
  const largestLazy = [...lazyJs].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];

  const initialJsGzipKb = kb(sum(initialJs).gzipBytes);
  const report = {
    bench: 'web',
    build: { vite: viteVersion, config: 'vite.config.ts', manifest: true, buildMs },
    gzip: GZIP_METHOD,
    servedBy:
      'WebNova compresses dist/web on the fly (compression middleware: brotli quality 4 or gzip level 6, as the browser accepts, files of 1 KB or more); the gzip figures here are level 9, a few percent smaller',
    initialJs: {
      files: initialJs.length,
      rawKb: kb(sum(initialJs).rawBytes),
      gzipKb: initialJsGzipKb,
      chunks: initialJs.map(describe),
      // Where the initial bytes come from: rendered KB (minification and gzip shrink each share).
      renderedKbByOrigin: Object.fromEntries(
        weighByOrigin(chunkModules, [entryFile, ...preloadFiles]).map(([origin, bytes]) => [
          origin,
          kb(bytes),
        ]),
      ),
    },
    initialCss: {
      files: initialCss.length,
      rawKb: kb(sum(initialCss).rawBytes),
      gzipKb: kb(sum(initialCss).gzipBytes),
    },
    lazyChunks: {
      count: lazyJs.length,
      dynamicEntries: graph.lazy.filter((key) => manifest[key]?.isDynamicEntry).length,
      totalGzipKb: kb(sum(lazyJs).gzipBytes),
      largest: largestLazy ? { name: largestLazy.name, gzipKb: kb(largestLazy.gzipBytes) } : null,
      gzipKbByName: Object.fromEntries(
        [...lazyJs]
          .sort((a, b) => b.gzipBytes - a.gzipBytes)
          .map((chunk) => [chunk.name, kb(chunk.gzipBytes)]),
      ),
      css: { files: lazyCss.length, gzipKb: kb(sum(lazyCss).gzipBytes) },
    },
    unreachableChunks: graph.unreachable,
    htmlMatchesManifest: Object.values(htmlCheck).every((check) => check.matches),
    htmlCheck,
    target: {
      initialJsGzipKb,
      limitKb: TARGET_INITIAL_JS_GZIP_KB,
      met: initialJsGzipKb < TARGET_INITIAL_JS_GZIP_KB,
    },
  };
  console.log(JSON.stringify(report, null, 2));
  if (!report.htmlMatchesManifest) process.exitCode = 1;
} finally {
  await rm(outDir, { recursive: true, force: true });
}

function describe(size: FileSize) {
  return { file: size.file, rawKb: kb(size.rawBytes), gzipKb: kb(size.gzipBytes) };
}

/** Whether the page references exactly the files the manifest graph predicts, and what differs if not. */
function sameSet(inHtml: string[], predicted: string[]) {
  const onlyInHtml = inHtml.filter((file) => !predicted.includes(file));
  const onlyInManifest = predicted.filter((file) => !inHtml.includes(file));
  return { matches: onlyInHtml.length === 0 && onlyInManifest.length === 0, onlyInHtml, onlyInManifest };
}
