import type { ApiToken } from '../../../contracts/index.js';
import type { apiTokens } from './schema.js';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

/** A token as its owner sees it in lists: never its secret or hash, only the prefix. */
export function toApiToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
