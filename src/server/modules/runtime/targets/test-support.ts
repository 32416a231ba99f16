/**
 * Test support: a fake CommandRunner that answers per program and records every call, and temporary
 * directories for written projects.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CommandResult, CommandRunner } from './command-runner.js';

export interface RecordedCall {
  command: string;
  args: string[];
  cwd: string;
}

export const NOT_FOUND: CommandResult = { exitCode: null, output: '', notFound: true };
export const succeeded = (output = ''): CommandResult => ({ exitCode: 0, output, notFound: false });
export const failed = (output: string, exitCode = 1): CommandResult => ({
  exitCode,
  output,
  notFound: false,
});

/** Answers each call with `answer(command, args)` and keeps the calls in order. */
export function fakeRunner(answer: (command: string, args: string[]) => CommandResult): {
  run: CommandRunner;
  calls: RecordedCall[];
} {
  const calls: RecordedCall[] = [];
  const run: CommandRunner = (command, args, { cwd }) => {
    calls.push({ command, args, cwd });
    return Promise.resolve(answer(command, args));
  };
  return { run, calls };
}

/** A fresh parent directory; the project goes in `<parent>/project`. */
export function temporaryParent(label: string): { parent: string; projectDir: string; remove(): void } {
  const parent = mkdtempSync(path.join(tmpdir(), `webnova-target-${label}-`));
  return {
    parent,
    projectDir: path.join(parent, 'project'),
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
