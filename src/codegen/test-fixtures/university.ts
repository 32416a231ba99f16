import { readFileSync } from 'node:fs';
import type { Blueprint } from '../../contracts/index.js';
import { importDataModel } from '../../importers/index.js';

const JDL = new URL('../../importers/fixtures/university.jdl', import.meta.url);

/**
 * A university (education) as WebNova imports it from JHipster JDL: whatever the importer makes of the
 * file is what gets generated, so importer and generator are tested together. It brings a
 * self-relation (a professor's mentor), a has-one, a has-many and a many-to-many.
 */
export function universityBlueprint(): Blueprint {
  return importDataModel(readFileSync(JDL, 'utf8'), { fileName: 'university.jdl' }).blueprint;
}
