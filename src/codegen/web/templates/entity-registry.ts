/** `web/src/entity-registry.ts`: every entity's pages, keyed by the name used in paths and permissions. */
import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { constDeclaration, importStatement, Raw } from '../literal.js';
import { webSourceFile } from '../source-file.js';

export function entityRegistryFile(model: CodegenModel): GeneratedFile {
  const imports = model.entities.map((entity) =>
    importStatement([`${entity.names.camel}Views`], `./entities/${entity.names.kebab}.js`),
  );
  const registry = Object.fromEntries(
    model.entities.map((entity) => [entity.names.pluralKebab, new Raw(`${entity.names.camel}Views`)]),
  );
  const body = code`
    /** Every entity's pages, keyed by its plural kebab name as in API paths and permissions. */
    ${imports}
    import type { EntityViews } from './lib/entity-config.js';

    ${constDeclaration('export const entityViews: Record<string, EntityViews>', registry, true)}
  `;
  return webSourceFile(model.name, 'web/src/entity-registry.ts', body);
}
