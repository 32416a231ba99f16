/** What a platform build takes and gives. */

export interface BuildFile {
  path: string;
  content: string;
}

export interface BuildRequest {
  /** The generated codebase, paths relative to its root. */
  files: readonly BuildFile[];
  /** The codebase's content hash: a build of the same hash already in `dir` is reused. */
  contentHash: string;
  /** Where the built platform lives; replaced as a whole, never left half-built. */
  dir: string;
  /** WebNova's own installed dependencies, which the platform runs on (no install per platform). */
  nodeModulesDir: string;
}

export interface BuildTimings {
  writeMs: number;
  serverMs: number;
  webMs: number;
}

export interface BuiltPlatform {
  dir: string;
  /** The executable that starts the server, and its arguments. */
  command: string;
  args: string[];
  /** What the built server needs in its environment besides its configuration (absolute paths into `dir`). */
  env: Record<string, string>;
  /** True when `dir` already held this content hash and nothing was built. */
  cached: boolean;
  timings: BuildTimings;
}
