import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const WEBNOVA_BIN = fileURLToPath(new URL('../../../bin/webnova.mjs', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The caller's environment without WEBNOVA_* or ANTHROPIC_* variables, so only what a test passes counts. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(WEBNOVA|ANTHROPIC)_/.test(name)),
  );
  return { ...inherited, NO_COLOR: '1', ...extra };
}

/** Runs the real `webnova` binary as a user would, with stdin closed, and collects what it printed. */
export function webnova(
  args: readonly string[],
  env: Record<string, string> = {},
  options: { cwd?: string } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [WEBNOVA_BIN, ...args],
      { env: cleanEnv(env), timeout: 60_000, cwd: options.cwd, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}
