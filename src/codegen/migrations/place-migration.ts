import { contentHashOf } from '../content-hash.js';
import type { GeneratedFile } from '../generated-file.js';
import type { GeneratedCodebase } from '../index.js';
import type { Migration } from './generate-migration.js';

const MIGRATION_FILE = /^drizzle\/(\d{4})_[a-z0-9_]+\.sql$/;

export function isMigrationFile(path: string): boolean {
  return MIGRATION_FILE.test(path);
}

/** A file-name slug from the tables the migration touches, e.g. `invoices_patients`. */
export function migrationSlug(migration: Migration): string {
  const tables = [...new Set(migration.steps.map((item) => item.table))]
    .map((table) => table.replace(/[^a-z0-9_]/g, ''))
    .filter((table) => table !== '');
  const slug = tables.slice(0, 3).join('_').slice(0, 48).replace(/_+$/, '');
  return slug === '' ? 'update' : slug;
}

/** `drizzle/0001_invoices.sql`: numbered after the history so the runner applies it last. */
export function nextMigrationPath(history: readonly GeneratedFile[], slug: string): string {
  const numbers = history.map((file) => Number(MIGRATION_FILE.exec(file.path)?.[1] ?? -1));
  const next = Math.max(-1, ...numbers) + 1;
  return `drizzle/${String(next).padStart(4, '0')}_${slug}.sql`;
}

/**
 * The regenerated codebase with the migration history a deployed database has already seen: the
 * older generation's `drizzle/*.sql` files replace the newer initial schema, and the migration follows
 * them. A fresh install then runs the same steps as an upgraded one, and the project's own tests run
 * against a database built that way. An empty migration, or one the history already holds, adds no file.
 * @example
 * const v2 = withMigration(generateCodebase(after), generateCodebase(before).files, generateMigration(before, after));
 */
export function withMigration(
  codebase: GeneratedCodebase,
  history: readonly GeneratedFile[],
  migration: Migration,
  slug: string = migrationSlug(migration),
): GeneratedCodebase & { migrationPath: string | undefined } {
  const earlier = history.filter((file) => isMigrationFile(file.path));
  if (earlier.length === 0) {
    throw new Error(
      'withMigration needs the older generation’s drizzle/*.sql files (at least 0000_initial.sql)',
    );
  }
  // Generating the same version again must not add the same migration twice.
  const already = earlier.find((file) => file.content === migration.sql);
  const fresh = migration.steps.length > 0 && !already;
  const migrationPath = fresh ? nextMigrationPath(earlier, slug) : already?.path;
  const files = [
    ...codebase.files.filter((file) => !isMigrationFile(file.path)),
    ...earlier,
    ...(fresh && migrationPath ? [{ path: migrationPath, content: migration.sql }] : []),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ...codebase, files, contentHash: contentHashOf(files), migrationPath };
}
