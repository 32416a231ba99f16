/**
 * Platform builds: a generated codebase turned into a server bundle and a web app in a build directory,
 * started with plain `node` on WebNova's own installed dependencies.
 * @module
 */
export { buildPlatform } from './build-platform.js';
export type { BuildFile, BuildRequest, BuildTimings, BuiltPlatform } from './build-types.js';
