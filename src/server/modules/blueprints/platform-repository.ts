import { and, between, count, desc, eq, ilike } from 'drizzle-orm';
import type { AppTx } from '../../db/index.js';
import { blueprintVersions, platforms } from './schema.js';

// Reads of the read models. Every query names its tenant, so isolation does not rest on RLS alone.

export type PlatformRow = typeof platforms.$inferSelect;
export type VersionRow = typeof blueprintVersions.$inferSelect;

export async function findPlatform(
  tx: AppTx,
  tenantId: string,
  platformId: string,
): Promise<PlatformRow | null> {
  const [row] = await tx
    .select()
    .from(platforms)
    .where(and(eq(platforms.tenantId, tenantId), eq(platforms.id, platformId)));
  return row ?? null;
}

export async function listPlatforms(
  tx: AppTx,
  tenantId: string,
  query: { q?: string | undefined; limit: number; offset: number },
): Promise<{ rows: PlatformRow[]; total: number }> {
  const where = and(
    eq(platforms.tenantId, tenantId),
    query.q ? ilike(platforms.name, `%${escapeLike(query.q)}%`) : undefined,
  );
  const rows = await tx
    .select()
    .from(platforms)
    .where(where)
    .orderBy(desc(platforms.createdAt), desc(platforms.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await tx.select({ total: count() }).from(platforms).where(where);
  return { rows, total: Number(total?.total ?? 0) };
}

/** `%` and `_` in a search are literal characters, not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

export async function findVersion(
  tx: AppTx,
  tenantId: string,
  platformId: string,
  version: number,
): Promise<VersionRow | null> {
  const [row] = await tx
    .select()
    .from(blueprintVersions)
    .where(
      and(
        eq(blueprintVersions.tenantId, tenantId),
        eq(blueprintVersions.platformId, platformId),
        eq(blueprintVersions.version, version),
      ),
    );
  return row ?? null;
}

/** The rename hints recorded with the versions from `low` to `high`, both included. */
export async function findRenamesInRange(
  tx: AppTx,
  tenantId: string,
  platformId: string,
  low: number,
  high: number,
): Promise<Pick<VersionRow, 'version' | 'renames'>[]> {
  return tx
    .select({ version: blueprintVersions.version, renames: blueprintVersions.renames })
    .from(blueprintVersions)
    .where(
      and(
        eq(blueprintVersions.tenantId, tenantId),
        eq(blueprintVersions.platformId, platformId),
        between(blueprintVersions.version, low, high),
      ),
    );
}

/** Every version of a platform, newest first, without the Blueprints themselves. */
export async function listVersions(tx: AppTx, tenantId: string, platformId: string) {
  return tx
    .select({
      platformId: blueprintVersions.platformId,
      version: blueprintVersions.version,
      basedOn: blueprintVersions.basedOn,
      source: blueprintVersions.source,
      authorId: blueprintVersions.authorId,
      authorLabel: blueprintVersions.authorLabel,
      createdAt: blueprintVersions.createdAt,
    })
    .from(blueprintVersions)
    .where(and(eq(blueprintVersions.tenantId, tenantId), eq(blueprintVersions.platformId, platformId)))
    .orderBy(desc(blueprintVersions.version));
}
