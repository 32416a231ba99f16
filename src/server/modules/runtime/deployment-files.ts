import type { GeneratedFile } from '../../../codegen/index.js';
import {
  generateMigration,
  isMigrationFile,
  withMigration,
  type MigrationStep,
} from '../../../codegen/migrations/index.js';
import type { Blueprint, RenameHints } from '../../../contracts/index.js';
import { sha256Hex } from '../../../kernel/index.js';

/** The database a new deployment inherits: the version it was made for and the migrations it has seen. */
export interface InheritedDatabase {
  blueprint: Blueprint;
  migrations: readonly GeneratedFile[];
  renames: RenameHints;
}

export interface DeploymentFiles {
  files: GeneratedFile[];
  /** The `drizzle/*.sql` files, in order: the history plus the step to this version, if any. */
  migrations: GeneratedFile[];
  /** Over every path and content: names the build, so an identical deployment reuses it. */
  contentHash: string;
  warnings: string[];
  /**
   * Whether the version serving now keeps working on the database once this one migrated it: true when
   * the step only adds (tables, indexes, columns it may leave empty). Then both can run side by side;
   * otherwise (a rename, an archive, a new NOT NULL) the old one must stop before the new one migrates.
   */
  sideBySide: boolean;
}

/**
 * The files a deployment runs. A stored generation carries only its version's initial schema; a database
 * that already holds an earlier version needs that history and the step from it instead, or the new
 * initial migration would be skipped as applied. A rollback is the same step taken backwards.
 */
export function deploymentFiles(
  generated: readonly GeneratedFile[],
  blueprint: Blueprint,
  inherited: InheritedDatabase | null,
): DeploymentFiles {
  // Only path and content: what callers pass may carry more (sizes), and the files end up in an event.
  const generation = generated.map(({ path, content }) => ({ path, content }));
  if (!inherited || inherited.migrations.length === 0) {
    const files = [...generation];
    return {
      files,
      migrations: files.filter((file) => isMigrationFile(file.path)),
      contentHash: hashOf(files),
      warnings: [],
      sideBySide: true,
    };
  }
  const migration = generateMigration(inherited.blueprint, blueprint, { hints: inherited.renames });
  const placed = withMigration(
    { files: [...generation], contentHash: '', generatorVersion: '' },
    inherited.migrations.map(({ path, content }) => ({ path, content })),
    migration,
  );
  return {
    files: placed.files,
    migrations: placed.files.filter((file) => isMigrationFile(file.path)),
    contentHash: hashOf(placed.files),
    warnings: migration.warnings,
    sideBySide: migration.steps.every(onlyAdds),
  };
}

const ADDING_KINDS: ReadonlySet<MigrationStep['kind']> = new Set([
  'create-table',
  'add-column',
  'add-constraint',
  'create-index',
]);

/**
 * A step the previous version does not notice: it adds, and checks no data already there. A guarded step
 * (a constraint over old columns, a new required relation made NOT NULL) constrains what the old version
 * writes, and its inserts would start failing.
 */
function onlyAdds(step: MigrationStep): boolean {
  return ADDING_KINDS.has(step.kind) && !step.sql.includes('DO $$') && !step.sql.includes('SET NOT NULL');
}

function hashOf(files: readonly GeneratedFile[]): string {
  return sha256Hex(files.map((file) => `${file.path}\0${sha256Hex(file.content)}`).join('\n'));
}
