/** Test support: starts a built platform's server and waits for the line that says where it listens. */
import { spawn } from 'node:child_process';
import type { BuiltPlatform } from './build-types.js';

export interface RunningBuiltPlatform {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

export function startBuiltPlatform(
  built: BuiltPlatform,
  env: Record<string, string>,
): Promise<RunningBuiltPlatform> {
  const child = spawn(built.command, built.args, {
    // Another working directory than the build's: the server must find everything from absolute paths.
    cwd: env.DATA_DIR,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...built.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
      if (match?.[1]) resolve({ url: match[1], output: () => output, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`The server exited with code ${String(code)}:\n${output}`)),
    );
  });
}
