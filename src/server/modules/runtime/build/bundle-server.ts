/** Bundles the generated server into one ES module with esbuild, in this process. */
import { build } from 'esbuild';
import path from 'node:path';
import { SERVER_BUNDLE, SERVER_ENTRY } from './build-layout.js';
import { bundleError } from './build-failure.js';

export async function bundleServer(root: string): Promise<void> {
  try {
    await build({
      absWorkingDir: root,
      entryPoints: [path.join(root, SERVER_ENTRY)],
      outfile: path.join(root, SERVER_BUNDLE),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Dependencies stay imports, resolved at run time through the node_modules link: the bundle holds
      // only the platform's own code, and native packages (argon2, PGlite's WebAssembly) load as usual.
      packages: 'external',
      sourcemap: true,
      logLevel: 'silent',
    });
  } catch (error) {
    throw bundleError(error, 'server');
  }
}
