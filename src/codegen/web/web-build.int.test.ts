/**
 * Writes a whole generated project (server generator's files plus the web files) to a temporary
 * directory that borrows WebNova's node_modules, type-checks the web app strictly and bundles it.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { arabicStore, clinic } from './test-support.js';
import { writeProject, type WrittenProject } from './write-project.js';

const run = promisify(execFile);
const projects: WrittenProject[] = [];

afterAll(async () => {
  await Promise.all(projects.map((project) => project.remove()));
});

/** Runs a tool from the borrowed node_modules; a failure shows the tool's own output. */
async function tool(directory: string, name: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(path.join(directory, 'node_modules', '.bin', name), args, {
      cwd: directory,
    });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${name} ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
}

describe.each([
  ['clinic (English and Arabic)', clinic, 'ar', 'rtl'],
  ['Arabic store (every field type)', arabicStore, 'ar', 'rtl'],
])('the web app generated for the %s Blueprint', (_name, blueprint, lang, dir) => {
  it(
    'type-checks strictly and bundles into dist/web with a hashed script and an index.html',
    { timeout: 180_000 },
    async () => {
      const project = await writeProject(blueprint());
      projects.push(project);
      const { directory } = project;

      await tool(directory, 'tsc', ['--noEmit', '-p', 'web/tsconfig.json']);
      await tool(directory, 'tsx', ['web/build.ts']);

      const html = await readFile(path.join(directory, 'dist/web/index.html'), 'utf8');
      expect(html).toContain(`<html lang="${lang}" dir="${dir}">`);
      const script = /<script type="module" src="\/(assets\/main-[A-Z0-9]+\.js)"><\/script>/.exec(html)?.[1];
      const stylesheet = /<link rel="stylesheet" href="\/(assets\/main-[A-Z0-9]+\.css)" \/>/.exec(html)?.[1];
      expect(script).toBeDefined();
      expect(stylesheet).toBeDefined();
      const assets = await readdir(path.join(directory, 'dist/web/assets'));
      expect(assets).toEqual(expect.arrayContaining([path.basename(script!), path.basename(stylesheet!)]));
      const bundle = await readFile(path.join(directory, 'dist/web', script!), 'utf8');
      expect(bundle).toContain('/auth/me');
    },
  );
});
