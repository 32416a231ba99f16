/**
 * The server half of a generated platform: Express 5 + Drizzle + Zod, its migration, its tests.
 * @module
 */
import type { GeneratedFile } from '../generated-file.js';
import type { CodegenModel } from '../model/index.js';
import { hookFiles } from './entity/custom.js';
import { drizzleTableFile } from './entity/drizzle-table.js';
import { resourceDefinitionFile, resourcesIndexFile } from './entity/resource-definition.js';
import { joinTablesFile, schemaIndexFile, systemTablesFile } from './entity/schema-support.js';
import { sharedBlueprintFile } from './entity/shared-blueprint.js';
import { sharedCommonFile, sharedSchemaFile } from './entity/shared-schema.js';
import { initialMigrationFile } from './entity/sql-migration.js';
import { deploymentFiles } from './deployment.js';
import { projectFiles } from './project.js';
import { readmeFiles } from './readme.js';
import { appFiles } from './runtime/app.js';
import { auditFile } from './runtime/audit.js';
import { authFiles } from './runtime/auth.js';
import { configFile } from './runtime/config.js';
import { databaseFiles } from './runtime/database.js';
import { httpFiles } from './runtime/http.js';
import { kitDefinitionFile } from './runtime/kit-definition.js';
import { kitListQueryFile } from './runtime/kit-list-query.js';
import { kitOperationsFile } from './runtime/kit-operations.js';
import { kitRecordsFile } from './runtime/kit-records.js';
import { kitRepositoryFile } from './runtime/kit-repository.js';
import { kitUnfilteredPageFile } from './runtime/kit-unfiltered-page.js';
import { kitRouterFiles } from './runtime/kit-router.js';
import { openApiFile } from './runtime/openapi.js';
import { privacyFiles } from './runtime/privacy.js';
import { encryptionFile } from './runtime/security.js';
import { seedFiles } from './seed/index.js';
import { testFiles } from './tests/index.js';

export function generateServerFiles(model: CodegenModel): GeneratedFile[] {
  const perEntity = model.entities.flatMap((entity) => [
    sharedSchemaFile(model, entity),
    drizzleTableFile(model, entity),
    resourceDefinitionFile(model, entity),
  ]);
  const joinTables = joinTablesFile(model);
  return [
    ...projectFiles(model),
    ...readmeFiles(model),
    ...deploymentFiles(model),
    initialMigrationFile(model),
    sharedCommonFile(model),
    sharedBlueprintFile(model),
    ...perEntity,
    systemTablesFile(model),
    ...(joinTables ? [joinTables] : []),
    schemaIndexFile(model),
    resourcesIndexFile(model),
    ...hookFiles(model),
    configFile(model),
    ...databaseFiles(model),
    ...httpFiles(model),
    ...authFiles(model),
    auditFile(model),
    encryptionFile(model),
    kitDefinitionFile(model),
    kitRecordsFile(model),
    kitListQueryFile(model),
    kitRepositoryFile(model),
    kitUnfilteredPageFile(model),
    kitOperationsFile(model),
    ...kitRouterFiles(model),
    openApiFile(model),
    ...privacyFiles(model),
    ...appFiles(model),
    ...seedFiles(model),
    ...testFiles(model),
  ];
}
