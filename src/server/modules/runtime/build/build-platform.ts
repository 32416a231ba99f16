/** Builds a generated codebase into a directory the runtime can start it from with plain `node`. */
import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { runtimeEnvironment, SERVER_BUNDLE } from './build-layout.js';
import { builtContentHash, writeBuildMarker } from './build-marker.js';
import type { BuildRequest, BuiltPlatform, BuildTimings } from './build-types.js';
import { bundleServer } from './bundle-server.js';
import { bundleWeb } from './bundle-web.js';
import { installBuild } from './install-build.js';
import { writeBuildFiles } from './write-build-files.js';

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return Math.round(performance.now() - started);
}

function builtPlatform(dir: string, cached: boolean, timings: BuildTimings): BuiltPlatform {
  return {
    dir,
    command: process.execPath,
    args: ['--enable-source-maps', path.join(dir, SERVER_BUNDLE)],
    env: runtimeEnvironment(dir),
    cached,
    timings,
  };
}

/** Both bundles run to the end even when one fails, so the staging directory is not removed under the other. */
async function bundleBoth(staging: string): Promise<{ serverMs: number; webMs: number }> {
  const [server, web] = await Promise.allSettled([
    timed(() => bundleServer(staging)),
    timed(() => bundleWeb(staging)),
  ]);
  if (server.status === 'rejected') throw server.reason;
  if (web.status === 'rejected') throw web.reason;
  return { serverMs: server.value, webMs: web.value };
}

/**
 * Writes the files into a temporary sibling of `dir`, bundles the server (esbuild, in this process) and
 * the web app (the generated web/build.ts, in a child) at the same time, then renames the result into
 * `dir`. A finished build of the same content hash already in `dir` is reused as it is.
 *
 * @example
 * const built = await buildPlatform({ files, contentHash, dir: '/var/webnova/builds/p1', nodeModulesDir });
 * spawn(built.command, built.args, { env: { ...built.env, PORT: '0', DATA_DIR: '/var/webnova/db/p1' } });
 */
export async function buildPlatform(request: BuildRequest): Promise<BuiltPlatform> {
  const dir = path.resolve(request.dir);
  const zero: BuildTimings = { writeMs: 0, serverMs: 0, webMs: 0 };
  if ((await builtContentHash(dir)) === request.contentHash) return builtPlatform(dir, true, zero);

  await mkdir(path.dirname(dir), { recursive: true });
  // A sibling, so the final rename stays on one file system and is atomic.
  const staging = `${dir}.building-${randomUUID()}`;
  try {
    await mkdir(staging);
    const writeMs = await timed(() => writeBuildFiles(staging, request.files, request.nodeModulesDir));
    const { serverMs, webMs } = await bundleBoth(staging);
    await writeBuildMarker(staging, request.contentHash);
    const installed = await installBuild(staging, dir, request.contentHash);
    return builtPlatform(dir, !installed, { writeMs, serverMs, webMs });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
