import { and, eq, inArray } from 'drizzle-orm';
import type { AppTx } from '../../db/index.js';
import { generationBlobs } from './schema.js';

/** A file's content under its address. */
export interface Blob {
  sha256: string;
  size: number;
  content: string;
}

// Rows per INSERT: generated files run to tens of kilobytes, so a statement stays a few megabytes at most.
const INSERT_BATCH = 100;

/**
 * Stores the blobs the tenant does not have yet and returns how many that was. Known hashes are looked
 * up first so unchanged files are not even sent to the database again; `on conflict do nothing` covers a
 * concurrent generation storing the same file meanwhile.
 */
export async function storeBlobs(tx: AppTx, tenantId: string, blobs: Blob[], at: Date): Promise<number> {
  const unique = [...new Map(blobs.map((blob) => [blob.sha256, blob])).values()];
  if (unique.length === 0) return 0;
  const known = await tx
    .select({ sha256: generationBlobs.sha256 })
    .from(generationBlobs)
    .where(
      and(
        eq(generationBlobs.tenantId, tenantId),
        inArray(
          generationBlobs.sha256,
          unique.map((blob) => blob.sha256),
        ),
      ),
    );
  const knownHashes = new Set(known.map((row) => row.sha256));
  const missing = unique.filter((blob) => !knownHashes.has(blob.sha256));
  for (let start = 0; start < missing.length; start += INSERT_BATCH) {
    await tx
      .insert(generationBlobs)
      .values(
        missing.slice(start, start + INSERT_BATCH).map((blob) => ({ tenantId, ...blob, createdAt: at })),
      )
      .onConflictDoNothing();
  }
  return missing.length;
}
