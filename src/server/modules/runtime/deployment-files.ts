import type { GeneratedFile } from '../../../codegen/index.js';
import { generateMigration, isMigrationFile, withMigration } from '../../../codegen/migrations/index.js';
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
  };
}

function hashOf(files: readonly GeneratedFile[]): string {
  return sha256Hex(files.map((file) => `${file.path}\0${sha256Hex(file.content)}`).join('\n'));
}
