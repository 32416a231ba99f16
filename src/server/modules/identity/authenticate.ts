import { eq } from 'drizzle-orm';
import { AppError, type Clock } from '../../../kernel/index.js';
import { withoutTenant, type AppDb, type AppTx } from '../../db/index.js';
import type { Actor, Authentication, Authenticator } from '../../http/index.js';
import { credentialHash } from './credentials.js';
import { apiTokens, sessions, users } from './schema.js';

/** `last_used_at` is for people deciding which tokens to revoke: minute precision is plenty, and saves a write per request. */
const LAST_USED_PRECISION_MS = 60_000;

/** Turns the request's cookie or bearer token into who is calling; see `Authenticator` for the rules. */
export function createAuthenticator(deps: { db: AppDb; clock: Clock }): Authenticator {
  return {
    authenticate: async ({ sessionToken, bearerToken }) => {
      // A bearer token is an explicit choice by the caller (CLI, script), so it wins over a cookie.
      if (bearerToken !== undefined) {
        return withoutTenant(deps.db, (tx) => authenticateApiToken(tx, deps.clock, bearerToken));
      }
      if (sessionToken)
        return withoutTenant(deps.db, (tx) => authenticateSession(tx, deps.clock, sessionToken));
      return null;
    },
  };
}

async function authenticateSession(tx: AppTx, clock: Clock, token: string): Promise<Authentication> {
  const [found] = await tx
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, credentialHash(token)));
  if (!found || found.session.expiresAt.getTime() <= clock.now().getTime()) {
    throw new AppError('unauthenticated', 'Your session has expired or was ended; log in again', {
      hint: 'POST /api/auth/login with your email and password starts a new session.',
    });
  }
  return {
    actor: actorOf(found.user),
    via: 'session',
    csrfToken: found.session.csrfToken,
    credentialId: found.session.id,
  };
}

async function authenticateApiToken(tx: AppTx, clock: Clock, token: string): Promise<Authentication> {
  if (token === '') throw refusedToken('The Authorization header must be `Bearer <token>`');
  const [found] = await tx
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, credentialHash(token)));
  if (!found) throw refusedToken('This API token is not valid');
  const now = clock.now();
  if (found.token.revokedAt)
    throw refusedToken(`This API token was revoked on ${found.token.revokedAt.toISOString()}`);
  if (found.token.expiresAt && found.token.expiresAt.getTime() <= now.getTime()) {
    throw refusedToken(`This API token expired on ${found.token.expiresAt.toISOString()}`);
  }
  const lastUsed = found.token.lastUsedAt?.getTime();
  if (lastUsed === undefined || now.getTime() - lastUsed >= LAST_USED_PRECISION_MS) {
    await tx.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, found.token.id));
  }
  return { actor: actorOf(found.user), via: 'token', csrfToken: undefined, credentialId: found.token.id };
}

function refusedToken(message: string): AppError {
  return new AppError('unauthenticated', message, {
    hint: 'Create a new token (POST /api/auth/tokens, or `webnova tokens create <name>`) and send it as `Authorization: Bearer <token>`.',
  });
}

function actorOf(user: typeof users.$inferSelect): Actor {
  return { userId: user.id, email: user.email, displayName: user.displayName, isRootOwner: user.isRootOwner };
}
