import { desc, eq } from 'drizzle-orm';
import type { ApiToken } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { toApiToken } from './api-token-records.js';
import { apiTokens } from './schema.js';

/** The caller's own tokens, newest first, revoked ones included so they can see what was cut off. */
export async function listApiTokens(tx: AppTx, userId: string): Promise<ApiToken[]> {
  const rows = await tx
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.userId, userId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(toApiToken);
}
