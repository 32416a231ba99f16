/**
 * Evolution: the SQL migration between two versions of a Blueprint, and the regenerated project that
 * carries it. Pure: Blueprints in, SQL text and files out.
 * @module
 */
export { generateMigration, type Migration, type MigrationOptions } from './generate-migration.js';
export type { MigrationStep, MigrationStepKind } from './migration-step.js';
export { isMigrationFile, migrationSlug, nextMigrationPath, withMigration } from './place-migration.js';
export {
  schemaSpecOf,
  type SchemaSpec,
  type TableSpec,
  type ColumnSpec,
  type ConstraintSpec,
} from './schema-spec.js';
