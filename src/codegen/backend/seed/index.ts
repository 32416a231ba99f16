/**
 * Seed data for a generated platform: deterministic sample rows (seeded by the Blueprint's slug, no
 * clock, no unseeded randomness) that look real for the domain and the default locale, and the code
 * that writes them with `npm run seed` or at first start with `SEED=1`.
 * @module
 */
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { jsonFile } from '../source-file.js';
import { buildSeedPlan } from './seed-plan.js';
import { seedCommandFile, seedRunnerFile } from './seed-runtime.js';

export { buildSeedPlan, insertionOrder, SEED_ROWS_PER_ENTITY } from './seed-plan.js';
export type { SeedEntity, SeedPlan, SeedRow } from './seed-plan.js';
export type { SeedValue } from './field-values.js';

export function seedFiles(model: CodegenModel): GeneratedFile[] {
  const plan = buildSeedPlan(model);
  return [jsonFile('src/server/seed/seed-data.json', plan), seedRunnerFile(model), seedCommandFile(model)];
}
