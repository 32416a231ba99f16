/**
 * The generated web app: React 19 bundled by esbuild (`web/build.ts` → `dist/web/`), talking to the
 * generated API. Generic pieces (API client, auth, i18n, theme, DataTable, EntityForm, FieldInput,
 * RelationPicker) are the same for every Blueprint; per-entity files and settings are derived from it.
 * @module
 */
import type { Blueprint } from '../../contracts/index.js';
import type { GeneratedFile } from '../generated-file.js';
import { buildModel, type CodegenModel } from '../model/index.js';
import { webSourceFile } from './source-file.js';
import { staticSources } from './static/index.js';
import { appConfigFile } from './templates/app-config.js';
import { dictionaryFiles } from './templates/dictionaries.js';
import { entityFile } from './templates/entity-file.js';
import { entityRegistryFile } from './templates/entity-registry.js';

export { sharedSchemaImportPath } from './templates/entity-file.js';

/**
 * Every file of the web app for a valid Blueprint, sorted by path. Pure and deterministic: the same
 * Blueprint gives byte-identical files. Pass the model when the caller has already built it.
 */
export function generateWebFiles(
  blueprint: Blueprint,
  model: CodegenModel = buildModel(blueprint),
): GeneratedFile[] {
  const files: GeneratedFile[] = [
    ...staticSources.map((source) => webSourceFile(model.name, source.path, source.body, source.owned)),
    appConfigFile(model),
    entityRegistryFile(model),
    ...model.entities.map((entity) => entityFile(model, entity)),
    ...dictionaryFiles(model),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
