/** Test support: starts a built platform's server and waits for the line that says where it listens. */
import { startServerProcess, type StartedServer } from '../../../../codegen/testing/generated-project.js';
import type { BuiltPlatform } from './build-types.js';

export type RunningBuiltPlatform = StartedServer;

export function startBuiltPlatform(
  built: BuiltPlatform,
  env: Record<string, string>,
): Promise<StartedServer> {
  return startServerProcess(built.command, built.args, {
    // Another working directory than the build's: the server must find everything from absolute paths.
    cwd: env.DATA_DIR ?? built.dir,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...built.env, ...env },
  });
}
