import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Outcome {
  code: number | null;
  stderr: string;
}

/** Runs `npm start`'s server entry with the given environment and waits for it to exit by itself. */
function runServer(env: Record<string, string>): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/main.ts'],
      { env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', ...env }, timeout: 30_000 },
      (error, _stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stderr });
      },
    );
  });
}

describe('startup failures', () => {
  it('stops with a clear message and exit code 1 when the PostgreSQL server is down, instead of hanging', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const outcome = await runServer({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/webnova' });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/Cannot reach PostgreSQL at postgresql:\/\/127\.0\.0\.1:1\/webnova/);
    expect(outcome.stderr).toMatch(/DATABASE_URL/);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the bad variable when the configuration is invalid', async () => {
    const outcome = await runServer({ PORT: 'eighty' });
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/PORT/);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });
});
