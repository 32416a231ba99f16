import { and, desc, eq } from 'drizzle-orm';
import type { AppTx } from '../../db/index.js';
import { generationBlobs, generationFiles, generations } from './schema.js';

// Reads and writes of the generation tables. Every query names its tenant, so isolation does not rest
// on RLS alone.

export type GenerationRow = typeof generations.$inferSelect;
export type GenerationFileRow = typeof generationFiles.$inferInsert;

export async function findGeneration(
  tx: AppTx,
  tenantId: string,
  platformId: string,
  generationId: string,
): Promise<GenerationRow | null> {
  const [row] = await tx
    .select()
    .from(generations)
    .where(
      and(
        eq(generations.tenantId, tenantId),
        eq(generations.platformId, platformId),
        eq(generations.id, generationId),
      ),
    );
  return row ?? null;
}

/** The generation of one Blueprint version by one generator version, if there is one. */
export async function findGenerationOf(
  tx: AppTx,
  tenantId: string,
  source: { platformId: string; blueprintVersion: number; generatorVersion: string },
): Promise<GenerationRow | null> {
  const [row] = await tx
    .select()
    .from(generations)
    .where(
      and(
        eq(generations.tenantId, tenantId),
        eq(generations.platformId, source.platformId),
        eq(generations.blueprintVersion, source.blueprintVersion),
        eq(generations.generatorVersion, source.generatorVersion),
      ),
    );
  return row ?? null;
}

/** A platform's generations, newest first. */
export async function listGenerations(
  tx: AppTx,
  tenantId: string,
  platformId: string,
): Promise<GenerationRow[]> {
  return tx
    .select()
    .from(generations)
    .where(and(eq(generations.tenantId, tenantId), eq(generations.platformId, platformId)))
    .orderBy(desc(generations.createdAt), desc(generations.id));
}

/** Inserts the generation unless its Blueprint version and generator version already have one. */
export async function insertGeneration(tx: AppTx, row: GenerationRow): Promise<GenerationRow | null> {
  const [inserted] = await tx.insert(generations).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

const INSERT_BATCH = 500;

export async function insertGenerationFiles(tx: AppTx, rows: GenerationFileRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    await tx.insert(generationFiles).values(rows.slice(start, start + INSERT_BATCH));
  }
}

/**
 * A generation's paths and sizes, sorted by path as `generateCodebase` sorts them (by code unit): SQL's
 * `order by` would follow the database's collation, which differs between installations.
 */
export async function listGenerationFiles(
  tx: AppTx,
  tenantId: string,
  generationId: string,
): Promise<{ path: string; size: number }[]> {
  const rows = await tx
    .select({ path: generationFiles.path, size: generationFiles.size })
    .from(generationFiles)
    .where(and(eq(generationFiles.tenantId, tenantId), eq(generationFiles.generationId, generationId)));
  return rows.sort(byPath);
}

/** One file with its content, or null when the generation has no such path. */
export async function findGenerationFile(
  tx: AppTx,
  tenantId: string,
  generationId: string,
  path: string,
): Promise<{ path: string; size: number; content: string } | null> {
  const [row] = await withContent(tx, tenantId, generationId, path);
  return row ?? null;
}

/** Every file of a generation with its content, sorted by path. */
export async function readGenerationFiles(
  tx: AppTx,
  tenantId: string,
  generationId: string,
): Promise<{ path: string; size: number; content: string }[]> {
  return (await withContent(tx, tenantId, generationId)).sort(byPath);
}

function withContent(tx: AppTx, tenantId: string, generationId: string, path?: string) {
  return tx
    .select({ path: generationFiles.path, size: generationFiles.size, content: generationBlobs.content })
    .from(generationFiles)
    .innerJoin(
      generationBlobs,
      and(
        eq(generationBlobs.tenantId, generationFiles.tenantId),
        eq(generationBlobs.sha256, generationFiles.sha256),
      ),
    )
    .where(
      and(
        eq(generationFiles.tenantId, tenantId),
        eq(generationFiles.generationId, generationId),
        path === undefined ? undefined : eq(generationFiles.path, path),
      ),
    );
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
