/**
 * An initialized, empty PGlite directory, copied for each new platform. Creating a PGlite database runs
 * initdb, which takes seconds of CPU (over ten on a busy two-core machine); copying a ready one takes
 * milliseconds. The template is made once per PGlite version, in a child process so that initdb does
 * not stall WebNova's event loop, and moved into place atomically so concurrent makers agree.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const READY_MARKER = 'PG_VERSION';
const pending = new Map<string, Promise<string>>();

// The child imports the same PGlite WebNova has installed, by its resolved URL.
const PGLITE_URL = import.meta.resolve('@electric-sql/pglite');

/** A template belongs to one PGlite version: its files are that version's on-disk format. */
export const PGLITE_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', PGLITE_URL), 'utf8')) as { version: string }
).version;
const MAKE_TEMPLATE = `
  const { PGlite } = await import(process.argv[1]);
  const db = await PGlite.create(process.argv[2]);
  await db.query('select 1');
  await db.close();
`;

/** The template directory, made first if needed; concurrent callers in this process share one making. */
export function embeddedTemplate(templateDir: string): Promise<string> {
  const dir = path.resolve(templateDir);
  let making = pending.get(dir);
  if (!making) {
    making = makeTemplate(dir).finally(() => pending.delete(dir));
    pending.set(dir, making);
  }
  return making;
}

/** Copies the template into `target`, which must not exist yet; the copy appears whole or not at all. */
export async function copyEmbeddedTemplate(templateDir: string, target: string): Promise<void> {
  const source = await embeddedTemplate(templateDir);
  const staging = `${target}.creating-${randomUUID()}`;
  await cp(source, staging, { recursive: true });
  try {
    await rename(staging, target);
  } catch (error) {
    // Another provisioning of the same platform got there first: theirs is as good as ours.
    await rm(staging, { recursive: true, force: true });
    if (!(await exists(path.join(target, READY_MARKER)))) throw error;
  }
}

async function makeTemplate(dir: string): Promise<string> {
  if (await exists(path.join(dir, READY_MARKER))) return dir;
  await mkdir(path.dirname(dir), { recursive: true });
  const staging = `${dir}.creating-${randomUUID()}`;
  try {
    await run(process.execPath, ['--input-type=module', '-e', MAKE_TEMPLATE, PGLITE_URL, staging], {
      timeout: 180_000,
    });
    await rename(staging, dir).catch(async (error: unknown) => {
      // Made meanwhile by another process sharing the template (tests do): use that one.
      if (!(await exists(path.join(dir, READY_MARKER)))) throw error;
    });
    return dir;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function exists(target: string): Promise<boolean> {
  try {
    await access(target);
    return true;
  } catch {
    return false;
  }
}
