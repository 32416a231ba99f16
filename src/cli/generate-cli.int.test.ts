import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCodebase } from '../codegen/index.js';
import { generateMigration } from '../codegen/migrations/index.js';
import { clinicV1, entityOf, evolutions, revise } from '../codegen/migrations/testing/clinic-evolutions.js';
import { webnova } from './testing/run-webnova.js';

const renaming = evolutions.find((evolution) => evolution.label.startsWith('rename'));

describe('webnova generate, offline (no server)', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'webnova-generate-cli-'));
    await writeFile(file('v1.json'), JSON.stringify(clinicV1));
    await writeFile(file('v2.json'), JSON.stringify(renaming?.after));
    await writeFile(file('hints.json'), JSON.stringify(renaming?.hints));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes the project and prints exactly one JSON document describing it', async () => {
    const run = await webnova(['generate', file('v1.json'), '--out', file('clinic'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const expected = generateCodebase(clinicV1);
    expect(JSON.parse(run.stdout)).toEqual({
      outDir: file('clinic'),
      files: expected.files.length,
      lines: expect.any(Number),
      contentHash: expected.contentHash,
      generatorVersion: expected.generatorVersion,
    });
    for (const generated of expected.files) {
      expect(await readFile(path.join(file('clinic'), generated.path), 'utf8')).toBe(generated.content);
    }
  });

  it('regenerates over its own output, keeping the files the user owns', async () => {
    const hooks = path.join(file('clinic'), 'src/custom/hooks.ts');
    await writeFile(hooks, '// my hooks\nexport {};\n');
    const run = await webnova(['generate', file('v1.json'), '--out', file('clinic')]);
    expect(run.code, run.stderr).toBe(0);
    expect(await readFile(hooks, 'utf8')).toBe('// my hooks\nexport {};\n');
    expect(run.stderr).toContain('src/custom/hooks.ts');
    expect(run.stdout).toMatch(/Generated \d+ files \(\d+ lines\)/);
    expect(run.stdout).toContain(`cd ${file('clinic')} && npm install && npm test`);
  });

  it('adds the migration with --from, once, after the older initial schema', async () => {
    const run = await webnova([
      'generate',
      file('v2.json'),
      '--from',
      file('v1.json'),
      '--hints',
      file('hints.json'),
      '--out',
      file('clinic'),
      '--json',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { migration: { path: string } };
    expect(summary.migration).toMatchObject({
      path: expect.stringMatching(/^drizzle\/0001_[a-z0-9_]+\.sql$/),
    });
    const migration = generateMigration(clinicV1, renaming!.after, { hints: renaming!.hints });
    expect(await readFile(path.join(file('clinic'), summary.migration.path), 'utf8')).toBe(migration.sql);
    expect(await readFile(path.join(file('clinic'), 'drizzle/0000_initial.sql'), 'utf8')).toBe(
      generateCodebase(clinicV1).files.find((item) => item.path === 'drizzle/0000_initial.sql')?.content,
    );

    const again = await webnova([
      'generate',
      file('v2.json'),
      '--from',
      file('v1.json'),
      '--hints',
      file('hints.json'),
      '--out',
      file('clinic'),
      '--json',
    ]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(summary);
    expect(await readdir(path.join(file('clinic'), 'drizzle'))).toHaveLength(2);
  });

  it('will not replace a migration history when regenerating without --from', async () => {
    const run = await webnova(['generate', file('v2.json'), '--out', file('clinic')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/migration history that regenerating without --from would replace/);
    expect(run.stderr).toMatch(/Hint: Add --from/);
  });

  it('refuses a migration that would invent data, saying how to fix the Blueprint', async () => {
    const strict = revise((draft) => {
      entityOf(draft, 'Doctor').fields.push({
        name: 'licenseNumber',
        label: { en: 'License number', ar: 'رقم الترخيص' },
        type: 'string',
        required: true,
        unique: false,
        dataClass: 'none',
      });
    });
    await writeFile(file('strict.json'), JSON.stringify(strict));
    const run = await webnova([
      'generate',
      file('strict.json'),
      '--from',
      file('v1.json'),
      '--out',
      file('strict'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Doctor\.licenseNumber is new and required but has no default/);
    expect(run.stderr).toMatch(/give it a default, or make it optional/);
    expect(existsSync(file('strict'))).toBe(false);
  });

  it('exits 1 naming the paths of an invalid Blueprint, and writes nothing', async () => {
    const broken = structuredClone(clinicV1) as unknown as { entities: { fields: { name: string }[] }[] };
    broken.entities[0]!.fields[0]!.name = 'Full Name';
    await writeFile(file('broken.json'), JSON.stringify(broken));
    const run = await webnova(['generate', file('broken.json'), '--out', file('broken')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('entities[0].fields[0].name');
    expect(existsSync(file('broken'))).toBe(false);
  });

  it('refuses a non-empty directory it did not generate, unless --force', async () => {
    await mkdir(file('mine'));
    await writeFile(path.join(file('mine'), 'notes.txt'), 'keep me\n');
    const refused = await webnova(['generate', file('v1.json'), '--out', file('mine')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty and was not generated by WebNova/);
    expect(refused.stderr).toMatch(/--force/);
    expect(await readdir(file('mine'))).toEqual(['notes.txt']);

    const forced = await webnova(['generate', file('v1.json'), '--out', file('mine'), '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(path.join(file('mine'), 'notes.txt'), 'utf8')).toBe('keep me\n');
    expect(existsSync(path.join(file('mine'), 'drizzle/0000_initial.sql'))).toBe(true);
  });
});
