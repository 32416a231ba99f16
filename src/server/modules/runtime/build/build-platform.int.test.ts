import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicBlueprint } from '../../../../blueprint/examples/clinic.js';
import { validateBlueprint } from '../../../../blueprint/index.js';
import { generateCodebase, type GeneratedCodebase } from '../../../../codegen/index.js';
import { AppError } from '../../../../kernel/index.js';
import { buildPlatform, type BuiltPlatform } from './index.js';
import { startBuiltPlatform, type RunningBuiltPlatform } from './start-built-platform.js';

const NODE_MODULES = fileURLToPath(new URL('../../../../../node_modules', import.meta.url));
const ADMIN_PASSWORD = 'an-administrator-password';

function clinicCodebase(): GeneratedCodebase {
  const validation = validateBlueprint(clinicBlueprint);
  if (!validation.ok)
    throw new Error(`The clinic Blueprint is invalid: ${JSON.stringify(validation.problems)}`);
  return generateCodebase(validation.blueprint);
}

describe('buildPlatform', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'webnova-build-'));
  const codebase = clinicCodebase();
  const dir = path.join(root, 'builds', 'clinic');
  let built: BuiltPlatform;
  let server: RunningBuiltPlatform | undefined;

  beforeAll(async () => {
    built = await buildPlatform({
      files: codebase.files,
      contentHash: codebase.contentHash,
      dir,
      nodeModulesDir: NODE_MODULES,
    });
    const dataDir = path.join(root, 'data');
    mkdirSync(dataDir);
    server = await startBuiltPlatform(built, {
      DATA_DIR: dataDir,
      ADMIN_PASSWORD,
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      SEED: '1',
    });
    console.log(`clinic build timings: ${JSON.stringify(built.timings)}`);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('builds into dir and leaves no staging directory beside it', () => {
    expect(built.cached).toBe(false);
    expect(built.dir).toBe(dir);
    expect(built.args).toEqual(['--enable-source-maps', path.join(dir, 'dist/server/main.mjs')]);
    expect(built.env.WEB_ROOT).toBe(path.join(dir, 'dist/web'));
    expect(readdirSync(path.dirname(dir))).toEqual(['clinic']);
  });

  it('serves health, the web app and the API with seeded records', async () => {
    const url = server?.url ?? '';
    expect((await fetch(`${url}/health`)).status).toBe(200);

    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root"></div>');
    const script = /src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect((await fetch(`${url}/${script ?? 'missing'}`)).status).toBe(200);

    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: `admin@${clinicBlueprint.slug}.local`, password: ADMIN_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const list = await fetch(`${url}/api/patients`, { headers: { authorization: `Bearer ${token}` } });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: unknown[]; total: number };
    expect(body.total).toBe(5);
    expect(body.items).toHaveLength(5);
  });

  it('reuses a finished build of the same content hash', async () => {
    const again = await buildPlatform({
      files: codebase.files,
      contentHash: codebase.contentHash,
      dir,
      nodeModulesDir: NODE_MODULES,
    });
    expect(again.cached).toBe(true);
    expect(again.args).toEqual(built.args);
  });

  it('refuses a codebase that does not compile, naming the file, and keeps the previous build', async () => {
    const broken = codebase.files.map((file) =>
      file.path === 'src/server/config.ts'
        ? { ...file, content: `${file.content}\nexport const = ;\n` }
        : file,
    );
    const attempt = buildPlatform({
      files: broken,
      contentHash: 'broken',
      dir,
      nodeModulesDir: NODE_MODULES,
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'unprocessable',
      message: expect.stringMatching(/src\/server\/config\.ts:\d+:\d+: /) as unknown,
    });
    expect(readdirSync(path.dirname(dir))).toEqual(['clinic']);
    const same = await buildPlatform({
      files: codebase.files,
      contentHash: codebase.contentHash,
      dir,
      nodeModulesDir: NODE_MODULES,
    });
    expect(same.cached).toBe(true);
  }, 120_000);

  it('refuses a web app that does not compile, naming the file', async () => {
    const broken = codebase.files.map((file) =>
      file.path === 'web/src/app.tsx'
        ? { ...file, content: `${file.content}\nexport function () {\n` }
        : file,
    );
    const attempt = buildPlatform({
      files: broken,
      contentHash: 'broken-web',
      dir: path.join(root, 'builds', 'web'),
      nodeModulesDir: NODE_MODULES,
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'unprocessable',
      message: expect.stringContaining('web/src/app.tsx:') as unknown,
    });
  }, 120_000);

  // Last: it replaces the build the server above runs from.
  it('replaces a finished build of another content hash as a whole', async () => {
    const changed = codebase.files.map((file) =>
      file.path === 'README.md' ? { ...file, content: `${file.content}\nChanged.\n` } : file,
    );
    const next = await buildPlatform({
      files: changed,
      contentHash: 'another-hash',
      dir,
      nodeModulesDir: NODE_MODULES,
    });
    expect(next.cached).toBe(false);
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toContain('Changed.');
    expect(readdirSync(path.dirname(dir))).toEqual(['clinic']);
    const again = await buildPlatform({
      files: changed,
      contentHash: 'another-hash',
      dir,
      nodeModulesDir: NODE_MODULES,
    });
    expect(again.cached).toBe(true);
  }, 120_000);
});
