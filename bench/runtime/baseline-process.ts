/** Starts the baseline server as a child process (as the platform is one) and waits for its address. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(new URL('./baseline-server.ts', import.meta.url));
const ROOT = path.resolve(path.dirname(SERVER), '../..');

export interface BaselineProcess {
  url: string;
  stop(): Promise<void>;
}

export function startBaseline(
  dataDir: string,
  table: string,
  memoryLimitMb = 1024,
): Promise<BaselineProcess> {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${memoryLimitMb}`, '--import', 'tsx', SERVER],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'production',
        DATA_DIR: dataDir,
        TABLE: table,
        PORT: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /is running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`The baseline server exited:\n${output}`)));
  });
}
