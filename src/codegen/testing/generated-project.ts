/**
 * Test support: writes a generated codebase to a temporary directory that resolves its packages from
 * WebNova's own node_modules, and runs the project's tools there.
 * @module
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedCodebase } from '../index.js';

export const WEBNOVA_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = path.join(WEBNOVA_ROOT, 'node_modules', '.bin');

export interface GeneratedProject {
  dir: string;
  remove(): void;
}

export function writeProject(codebase: GeneratedCodebase, label: string): GeneratedProject {
  const dir = mkdtempSync(path.join(tmpdir(), `webnova-${label}-`));
  for (const file of codebase.files) {
    const target = path.join(dir, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  symlinkSync(path.join(WEBNOVA_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clean environment: the parent's vitest settings must not leak into the project's own run. */
export function childEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG'];
  const env: NodeJS.ProcessEnv = {};
  for (const key of keep) if (process.env[key] !== undefined) env[key] = process.env[key];
  return { ...env, ...extra };
}

export interface RunResult {
  exitCode: number;
  output: string;
}

/** Runs one of WebNova's installed tools (tsc, vitest, tsx) inside the project, with `env` added. */
export function runTool(
  dir: string,
  tool: string,
  args: string[],
  timeoutMs: number,
  env: Record<string, string> = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      path.join(BIN, tool),
      args,
      {
        cwd: dir,
        env: childEnvironment({ CI: '1', NO_COLOR: '1', ...env }),
        timeout: timeoutMs,
        maxBuffer: 20 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ exitCode, output: `${stdout}${stderr}` });
      },
    );
  });
}

export interface StartedServer {
  url: string;
  output: () => string;
  /** The process's exit code once it has ended (null while running or when ended by a signal). */
  exitCode: () => number | null;
  stop(): Promise<void>;
}

/** Starts `tsx src/server/main.ts` and waits for the line that says where it listens. */
export function startProjectServer(dir: string, env: Record<string, string>): Promise<StartedServer> {
  return startServerProcess(path.join(BIN, 'tsx'), ['src/server/main.ts'], {
    cwd: dir,
    env: childEnvironment({ PORT: '0', ...env }),
  });
}

/** Starts a generated server by any command (a built bundle, say) and waits for where it listens. */
export function startServerProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<StartedServer> {
  const child: ChildProcess = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ url: match[1], output: () => output, exitCode: () => child.exitCode, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`The server exited with code ${String(code)}:\n${output}`)),
    );
  });
}

/** Runs the server expecting it to refuse to start; returns its exit code and output. */
export async function failedStart(dir: string, env: Record<string, string>): Promise<RunResult> {
  try {
    const server = await startProjectServer(dir, env);
    await server.stop();
    return { exitCode: 0, output: server.output() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = /exited with code (\d+)/.exec(message)?.[1];
    return { exitCode: Number(code ?? 1), output: message };
  }
}
