import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../../blueprint/index.js';
import { generateCodebase } from '../../index.js';
import { buildModel } from '../../model/index.js';
import { municipalPermitsBlueprint } from '../../test-fixtures/index.js';
import { buildSeedPlan } from './index.js';

describe('the seed files of a generated project', () => {
  const validation = validateBlueprint(municipalPermitsBlueprint);
  if (!validation.ok) throw new Error(JSON.stringify(validation.problems));
  const codebase = generateCodebase(validation.blueprint);
  const contentOf = (path: string) => codebase.files.find((file) => file.path === path)?.content ?? '';

  it('ship the plan as JSON, exactly as built', () => {
    const shipped = JSON.parse(contentOf('src/server/seed/seed-data.json')) as unknown;
    expect(shipped).toEqual(buildSeedPlan(buildModel(validation.blueprint)));
  });

  it('run with `npm run seed` and, with SEED=1, at start, announced before the server says it runs', () => {
    const scripts = (JSON.parse(contentOf('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.seed).toBe('tsx src/server/seed/main.ts');
    expect(contentOf('src/server/config.ts')).toContain("seed: env.SEED === '1'");
    expect(contentOf('src/server/start.ts')).toContain('config.seed ? await seedDatabase(');
    const main = contentOf('src/server/main.ts');
    expect(main.indexOf('Seeded ')).toBeGreaterThan(0);
    expect(main.indexOf('Seeded ')).toBeLessThan(main.indexOf(' is running at '));
  });
});
