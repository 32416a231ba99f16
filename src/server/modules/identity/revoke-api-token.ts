import { and, eq, isNull } from 'drizzle-orm';
import { notFound, type Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { apiTokens } from './schema.js';

/**
 * Revokes one of the caller's tokens. Another person's token is "not found", not "forbidden", so ids
 * cannot be probed; revoking twice keeps the first revocation time.
 */
export async function revokeApiToken(
  tx: AppTx,
  clock: Clock,
  userId: string,
  tokenId: string,
): Promise<void> {
  const [token] = await tx
    .select({ id: apiTokens.id })
    .from(apiTokens)
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)));
  if (!token) throw notFound('API token', 'GET /api/auth/tokens lists your tokens and their ids.');
  await tx
    .update(apiTokens)
    .set({ revokedAt: clock.now() })
    .where(and(eq(apiTokens.id, tokenId), isNull(apiTokens.revokedAt)));
}
