import { readFile } from 'node:fs/promises';
import { CliError } from '../../cli-error.js';

/** Reads a file a person named on the command line; a missing file or bad JSON says which and where. */
export async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read (${code ?? 'error'})`,
      { hint: 'Check the path; it is relative to the current directory.' },
    );
  }
}

export async function readJsonFile(file: string): Promise<unknown> {
  const text = await readTextFile(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`, {
      hint: 'A Blueprint file is one JSON document, as printed by `webnova blueprint "<description>" --json`.',
    });
  }
}
