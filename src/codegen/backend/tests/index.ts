import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { databaseTemplateFile } from './database-template.js';
import { entityTestFile } from './entity-test.js';
import { platformTestFile } from './platform-test.js';
import { creatableEntities, samplesFile } from './samples.js';
import { testServerFile } from './support.js';

/** The generated project's own vitest suite. */
export function testFiles(model: CodegenModel): GeneratedFile[] {
  const creatable = creatableEntities(model);
  return [
    databaseTemplateFile(model),
    testServerFile(model),
    samplesFile(model),
    platformTestFile(model),
    ...model.entities.map((entity) => entityTestFile(model, entity, creatable)),
  ];
}
