/** Every generated web file whose text is the same for every Blueprint. */
import { projectSources } from './project-sources.js';
import { stylesheetSource } from './stylesheet-source.js';
import { libSources } from './lib-sources.js';
import { customPageSources } from './custom-page-sources.js';
import { localeSources } from './locale-sources.js';
import { entityLibSources } from './entity-lib-sources.js';
import { formComponentSources } from './form-component-sources.js';
import { fieldInputSource } from './field-input-source.js';
import { viewComponentSources } from './view-component-sources.js';
import { pageSources } from './page-sources.js';
import { entityPageSources } from './entity-page-sources.js';
import type { StaticSource } from './static-source.js';

export type { StaticSource };

export const staticSources: readonly StaticSource[] = [
  ...projectSources,
  ...stylesheetSource,
  ...libSources,
  ...customPageSources,
  ...localeSources,
  ...entityLibSources,
  ...formComponentSources,
  ...fieldInputSource,
  ...viewComponentSources,
  ...pageSources,
  ...entityPageSources,
];
