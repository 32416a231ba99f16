/**
 * Identity: accounts, browser sessions, API tokens, and the bootstrap of an installation's owner.
 * Accounts are installation-wide (one person, many tenants); tenants come from the tenancy module.
 * @module
 */
import type { Logger } from 'pino';
import type { Clock } from '../../../kernel/index.js';
import type { Config } from '../../config.js';
import type { AppDb, AppTx } from '../../db/index.js';
import type { Authenticator, RouteDefinition } from '../../http/index.js';
import { authRoutes } from './auth-routes.js';
import { createAuthenticator } from './authenticate.js';
import type { IdentityDeps, TenancyForIdentity } from './identity-deps.js';
import { prepareDummyHash } from './passwords.js';
import { prepareSetupToken } from './prepare-setup-token.js';
import { createSetupTokenHolder } from './setup-gate.js';
import { setupRoutes } from './setup-routes.js';
import { tokenRoutes } from './token-routes.js';
import { findUserRowByEmail, findUserSummaries, type UserSummary } from './user-records.js';

export type { TenancyForIdentity } from './identity-deps.js';
export type { UserSummary } from './user-records.js';

export interface IdentityModule {
  routes: RouteDefinition[];
  authenticator: Authenticator;
  /** How other modules (tenancy's member lists) look people up, without knowing identity's tables. */
  users: {
    findByEmail(tx: AppTx, email: string): Promise<UserSummary | null>;
    findByIds(tx: AppTx, ids: string[]): Promise<UserSummary[]>;
  };
  /** Call once at startup: while there is no owner, prints and returns the setup token; else null. */
  prepareSetupToken(log: Logger): Promise<string | null>;
}

export function createIdentityModule(deps: {
  db: AppDb;
  clock: Clock;
  config: Config;
  tenancy: TenancyForIdentity;
}): IdentityModule {
  prepareDummyHash();
  const identity: IdentityDeps = {
    ...deps,
    setupToken: createSetupTokenHolder(deps.config.setupToken ?? null),
  };
  return {
    routes: [...setupRoutes(identity), ...authRoutes(identity), ...tokenRoutes(identity)],
    authenticator: createAuthenticator(identity),
    users: {
      findByEmail: async (tx, email) => {
        const row = await findUserRowByEmail(tx, email);
        return row ? { id: row.id, email: row.email, displayName: row.displayName } : null;
      },
      findByIds: findUserSummaries,
    },
    prepareSetupToken: (log) => prepareSetupToken(identity, log),
  };
}
