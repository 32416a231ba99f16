import { eq } from 'drizzle-orm';
import type { AppTx } from '../../db/index.js';
import type { Authentication } from '../../http/index.js';
import { sessions } from './schema.js';

/** Ends the session the request came with; an API token is not ended by logging out (revoke it instead). */
export async function logOut(tx: AppTx, authentication: Authentication): Promise<{ ok: true }> {
  if (authentication.via === 'session') {
    await tx.delete(sessions).where(eq(sessions.id, authentication.credentialId));
  }
  return { ok: true };
}
