import { and, eq, lte } from 'drizzle-orm';
import type { SessionInfo } from '../../../contracts/index.js';
import { newId, randomSecret } from '../../../kernel/index.js';
import type { AppTx } from '../../db/index.js';
import { newSessionCredential } from './credentials.js';
import type { IdentityDeps } from './identity-deps.js';
import { sessions } from './schema.js';

const HOUR_MS = 3_600_000;

export interface StartedSession {
  /** For the cookie only; the database keeps its hash. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** A session just opened: what the caller sees, and the secret that goes into the cookie. */
export interface OpenedSession {
  info: SessionInfo;
  sessionToken: string;
}

export function sessionLifetimeMs(config: IdentityDeps['config']): number {
  return config.sessionHours * HOUR_MS;
}

export async function startSession(
  tx: AppTx,
  deps: Pick<IdentityDeps, 'clock' | 'config'>,
  userId: string,
): Promise<StartedSession> {
  const now = deps.clock.now();
  const credential = newSessionCredential();
  const csrfToken = randomSecret(32);
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs(deps.config));
  // Expired sessions are dead weight; a login is a cheap moment to clear the user's own.
  await tx.delete(sessions).where(and(eq(sessions.userId, userId), lte(sessions.expiresAt, now)));
  await tx.insert(sessions).values({
    id: newId(),
    tokenHash: credential.hash,
    userId,
    csrfToken,
    createdAt: now,
    expiresAt,
  });
  return { token: credential.secret, csrfToken, expiresAt };
}
