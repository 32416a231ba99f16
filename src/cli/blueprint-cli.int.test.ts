import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clinicBlueprint } from '../blueprint/examples/clinic.js';
import { validateBlueprint } from '../blueprint/index.js';
import { Blueprint, BlueprintDiff } from '../contracts/index.js';
import { webnova } from './testing/run-webnova.js';

const CLINIC =
  'A clinic in Riyadh with patients, doctors and appointments. Each appointment belongs to a patient and a doctor.';

describe('webnova blueprint and import, offline (no server)', () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'webnova-blueprint-cli-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('turns a description into exactly one JSON document: a valid Blueprint', async () => {
    const run = await webnova(['blueprint', CLINIC, '--json', '--out', file('clinic.json')]);
    expect(run.code, run.stderr).toBe(0);
    const blueprint = Blueprint.parse(JSON.parse(run.stdout));
    expect(validateBlueprint(blueprint).ok).toBe(true);
    expect(blueprint.entities.map((entity) => entity.name)).toEqual(
      expect.arrayContaining(['Patient', 'Doctor', 'Appointment']),
    );
    expect(blueprint.compliance).toEqual(expect.arrayContaining(['HIPAA', 'PDPL', 'NCA-ECC']));
    expect(JSON.parse(await readFile(file('clinic.json'), 'utf8'))).toEqual(blueprint);
  });

  it('explains what it understood in the text form, in Arabic for an Arabic description', async () => {
    const run = await webnova(['blueprint', 'نظام لمدرسة في جدة: الطلاب والمعلمين والفصول']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Student/);
    expect(run.stdout).toMatch(/[\u0600-\u06FF]/);
  });

  it('refuses an empty, an over-long and a French description with a clear error', async () => {
    const empty = await webnova(['blueprint', '   ']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/must not be empty/);
    const long = await webnova(['blueprint', 'patients '.repeat(5_600)]);
    expect(long.code).toBe(2);
    expect(long.stderr).toMatch(/at most 20000 characters/);
    const french = await webnova([
      'blueprint',
      'Une clinique avec des patients et des médecins pour la ville',
    ]);
    expect(french.code).toBe(1);
    expect(french.stderr).toMatch(/English or Arabic/);
    expect(french.stdout).toBe('');
  });

  it('asks for a key when Claude is requested without one', async () => {
    const run = await webnova(['blueprint', CLINIC, '--provider', 'anthropic']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ANTHROPIC_API_KEY/);
  });

  it('prints the JSON Schema, which accepts the example Blueprint', async () => {
    const run = await webnova(['blueprint', 'schema']);
    expect(run.code, run.stderr).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.properties.entities).toBeDefined();
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'name', 'entities', 'roles']));
  });

  it('validates files: exit 0 for a good one, exit 1 with paths and suggestions for a bad one', async () => {
    await writeFile(file('good.json'), JSON.stringify(clinicBlueprint));
    const good = await webnova(['blueprint', 'validate', file('good.json')]);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toMatch(/Valid: 4 entities/);

    const bad = structuredClone(clinicBlueprint) as Record<string, unknown>;
    bad.colour = 'blue';
    delete bad.name;
    await writeFile(file('bad.json'), JSON.stringify(bad));
    const run = await webnova(['blueprint', 'validate', file('bad.json'), '--json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { valid: boolean; problems: { path: string }[] };
    expect(report.valid).toBe(false);
    expect(report.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['colour', 'name']),
    );
    expect(run.stderr).toMatch(/2 problems/);

    await writeFile(file('broken.json'), '{ "name": ');
    const broken = await webnova(['blueprint', 'validate', file('broken.json')]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/not valid JSON/);
    const missing = await webnova(['blueprint', 'validate', file('nowhere.json')]);
    expect(missing.stderr).toMatch(/does not exist/);
  });

  it('diffs two files', async () => {
    const after = structuredClone(clinicBlueprint);
    after.entities = after.entities.filter((entity) => entity.name !== 'Prescription');
    after.relations = after.relations?.filter((relation) => relation.from !== 'Prescription');
    after.roles = after.roles.map((role) => ({
      ...role,
      permissions: role.permissions?.filter((permission) => permission.entity !== 'Prescription'),
    }));
    after.pages = after.pages?.filter((page) => page.entity !== 'Prescription');
    after.navigation = after.navigation?.filter((item) => item.page !== 'prescriptions');
    await writeFile(file('v1.json'), JSON.stringify(clinicBlueprint));
    await writeFile(file('v2.json'), JSON.stringify(after));
    const run = await webnova(['blueprint', 'diff', file('v1.json'), file('v2.json'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const diff = BlueprintDiff.parse(JSON.parse(run.stdout));
    expect(diff.entities.removed.map((entity) => entity.name)).toEqual(['Prescription']);
    const text = await webnova(['blueprint', 'diff', file('v1.json'), file('v2.json')]);
    expect(text.stdout).toMatch(/- entity Prescription/);
  });

  it('imports a JDL model, with notes on stderr and one JSON document on stdout', async () => {
    await writeFile(
      file('shop.jdl'),
      [
        'application { config { baseName shop } entities * }',
        'entity Customer { name String required, email String unique }',
        'entity Purchase { total BigDecimal required, placedAt Instant }',
        'relationship ManyToOne { Purchase{customer(name) required} to Customer{purchases} }',
        'paginate * with pagination',
      ].join('\n'),
    );
    const run = await webnova(['import', file('shop.jdl'), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const blueprint = Blueprint.parse(JSON.parse(run.stdout));
    expect(blueprint.entities.map((entity) => entity.name)).toEqual(['Customer', 'Purchase']);
    expect(run.stderr).toMatch(/application/i);
  });

  it('reports a JDL syntax error with its line and column', async () => {
    await writeFile(file('broken.jdl'), 'entity Customer {\n  name String required\n  email: String\n}\n');
    const run = await webnova(['import', file('broken.jdl')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/line 3, column 8/);
  });
});
