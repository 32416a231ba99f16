import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { outputTail, runCommand, shellWord } from './command-runner.js';

const options = { cwd: tmpdir(), timeoutMs: 30_000 };

describe('runCommand', () => {
  it('collects stdout and stderr and the exit code', async () => {
    const result = await runCommand(
      process.execPath,
      ['-e', 'console.log("out"); console.error("err"); process.exit(3)'],
      options,
    );

    expect(result.exitCode).toBe(3);
    expect(result.notFound).toBe(false);
    expect(result.output).toContain('out');
    expect(result.output).toContain('err');
  });

  it('says when the program is not installed', async () => {
    const result = await runCommand('webnova-no-such-program', ['--version'], options);

    expect(result).toEqual({ exitCode: null, output: '', notFound: true });
  });

  it('stops a program that outlives its timeout', async () => {
    const result = await runCommand(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], {
      ...options,
      timeoutMs: 200,
    });

    expect(result.exitCode).toBeNull();
    expect(result.output).toContain('stopped by SIGKILL');
  });
});

describe('outputTail', () => {
  it('keeps the last non-empty lines', () => {
    expect(outputTail('a\n\nb\nc\n', 2)).toBe('b\nc');
  });

  it('shortens very long output from the front', () => {
    expect(outputTail('x'.repeat(50), 15, 10)).toBe(`…${'x'.repeat(10)}`);
  });
});

describe('shellWord', () => {
  it('quotes only words that need it', () => {
    expect(shellWord('/tmp/app')).toBe('/tmp/app');
    expect(shellWord("/tmp/it's here")).toBe(`'/tmp/it'\\''s here'`);
  });
});
