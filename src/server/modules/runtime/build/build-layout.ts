/**
 * Where things sit inside a build directory. Paths are relative to the build root, so the same layout
 * serves the temporary directory a build happens in and the directory it is renamed to.
 */
import path from 'node:path';

export const SERVER_ENTRY = 'src/server/main.ts';
export const SERVER_BUNDLE = 'dist/server/main.mjs';
export const WEB_BUILD_SCRIPT = 'web/build.ts';
/** The generated web/build.ts compiled to plain JavaScript beside it, so `node` runs it without tsx. */
export const WEB_BUILD_SCRIPT_COMPILED = 'web/build.compiled.mjs';
export const WEB_ROOT = 'dist/web';
export const MIGRATIONS = 'drizzle';
export const SEED_DATA = 'src/server/seed/seed-data.json';
/** Written last: its presence says the directory holds a finished build of the hash it names. */
export const BUILD_MARKER = '.webnova-build.json';

/**
 * The environment the bundled server needs to find what it used to find beside its source files.
 * Bundling puts all of src/server/ into dist/server/main.mjs, so `import.meta.url` no longer points at
 * src/server/db/ or src/server/seed/: the generated code reads these variables when they are set and
 * falls back to its own location otherwise, so the unbundled project (`tsx src/server/main.ts`) is
 * unchanged. Absolute paths, so the server may run from any working directory.
 */
export function runtimeEnvironment(dir: string): Record<string, string> {
  return {
    WEB_ROOT: path.join(dir, WEB_ROOT),
    MIGRATIONS_DIR: path.join(dir, MIGRATIONS),
    SEED_DATA_FILE: path.join(dir, SEED_DATA),
  };
}
