/**
 * Produces dist/web/ (index.html and hashed assets) exactly as the generated web/build.ts does, by
 * running that script, in a child process so that no generated code runs inside WebNova.
 *
 * Measured on the clinic Blueprint (2 cores): `tsx web/build.ts` in a child takes about 0.8 s; compiling
 * web/build.ts with esbuild here (about 25 ms) and running the result with plain `node` takes about
 * 0.5 s, since the child no longer loads tsx. Bundling web/src/main.tsx in this process would take about
 * 0.3 s, but index.html needs the app's name and language from the generated app-config.ts, which only
 * running generated code can tell, and copying the script's logic here would let the two drift apart.
 */
import { execFile } from 'node:child_process';
import { build } from 'esbuild';
import path from 'node:path';
import { WEB_BUILD_SCRIPT, WEB_BUILD_SCRIPT_COMPILED } from './build-layout.js';
import { bundleError, webBuildError } from './build-failure.js';

const WEB_BUILD_TIMEOUT_MS = 180_000;

async function compileBuildScript(root: string): Promise<void> {
  try {
    await build({
      absWorkingDir: root,
      entryPoints: [path.join(root, WEB_BUILD_SCRIPT)],
      // Beside the original: the script finds web/ and dist/web/ from its own import.meta.url.
      outfile: path.join(root, WEB_BUILD_SCRIPT_COMPILED),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
  } catch (error) {
    throw bundleError(error, 'web app');
  }
}

/** Only what a build needs: WebNova's own variables (secrets included) stay out of generated code. */
function childEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { NO_COLOR: '1' };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    if (process.env[key] !== undefined) env[key] = process.env[key];
  }
  return env;
}

function runBuildScript(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(root, WEB_BUILD_SCRIPT_COMPILED)],
      { cwd: root, env: childEnvironment(), timeout: WEB_BUILD_TIMEOUT_MS, maxBuffer: 10 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        const exit = error.killed
          ? `stopped after ${WEB_BUILD_TIMEOUT_MS / 1000} s`
          : `exit code ${String(error.code ?? 'unknown')}`;
        reject(webBuildError(`${stderr}${stdout}`, exit));
      },
    );
  });
}

export async function bundleWeb(root: string): Promise<void> {
  await compileBuildScript(root);
  await runBuildScript(root);
}
