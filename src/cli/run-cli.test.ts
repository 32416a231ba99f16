import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { runCli } from './run-cli.js';

/** A program built the way main.ts builds it, with commander's output captured. */
function program(action: () => Promise<void>) {
  const written = { stdout: '', stderr: '' };
  const streams = {
    stdout: { write: (text: string) => (written.stdout += text) },
    stderr: { write: (text: string) => (written.stderr += text) },
  };
  const root = new Command('webnova').exitOverride().configureOutput({
    writeOut: (text) => streams.stdout.write(text),
    writeErr: (text) => streams.stderr.write(text),
  });
  root.command('go').argument('<name>').option('--limit <n>').action(action);
  const run = (...args: string[]) => runCli(root, ['node', 'webnova', ...args], streams);
  return { run, written };
}

const ok = async () => {};

describe('runCli', () => {
  it('exits 0 for --help', async () => {
    const { run, written } = program(ok);
    expect(await run('go', '--help')).toBe(0);
    expect(written.stdout).toContain('Usage: webnova go');
  });

  it('exits 2 for a command line commander refuses', async () => {
    expect(await program(ok).run('go')).toBe(2);
    expect(await program(ok).run('go', 'x', '--nope')).toBe(2);
    expect(await program(ok).run('unknown')).toBe(2);
  });

  it("prints a CliError's message and hint on stderr and uses its exit code", async () => {
    const { run, written } = program(() =>
      Promise.reject(new CliError('Tenant was not found', { hint: 'List them.' })),
    );
    expect(await run('go', 'x')).toBe(1);
    expect(written.stderr).toBe('Error: Tenant was not found\nHint: List them.\n');
    expect(written.stdout).toBe('');
  });

  it('reports an unexpected error in one line, never with a stack trace', async () => {
    const { run, written } = program(() => Promise.reject(new RangeError('boom')));
    expect(await run('go', 'x')).toBe(1);
    expect(written.stderr).toContain('Unexpected error: boom');
    expect(written.stderr).not.toMatch(/\n\s+at /);
  });
});
