import type { z } from 'zod';
import type { CreateApiTokenRequest, CreatedApiToken } from '../../../contracts/index.js';
import { newId, type Clock } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { toApiToken } from './api-token-records.js';
import { newApiTokenCredential } from './credentials.js';
import { apiTokens } from './schema.js';

const DAY_MS = 86_400_000;

/** Issues a token for the CLI or scripts; its secret is in the answer and nowhere else, ever. */
export async function createApiToken(
  tx: AppTx,
  clock: Clock,
  userId: string,
  request: z.output<typeof CreateApiTokenRequest>,
): Promise<z.input<typeof CreatedApiToken>> {
  const now = clock.now();
  const credential = newApiTokenCredential();
  const [row] = await tx
    .insert(apiTokens)
    .values({
      id: newId(),
      userId,
      name: request.name,
      tokenHash: credential.hash,
      prefix: credential.prefix,
      createdAt: now,
      expiresAt: request.expiresInDays ? new Date(now.getTime() + request.expiresInDays * DAY_MS) : null,
    })
    .returning();
  if (!row) throw new Error('insert into api_tokens returned no row');
  return { ...toApiToken(row), token: credential.secret };
}
