import type { TenantRole, Tier } from '../../contracts/index.js';
import type { AppTx } from '../db/index.js';

// What the HTTP layer needs from the modules, as interfaces. `main.ts` plugs the modules in,
// so this layer never imports a module and modules can import this layer's route kit.

/** Who is calling. */
export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  isRootOwner: boolean;
}

export interface Authentication {
  actor: Actor;
  via: 'session' | 'token';
  /** For sessions: the token that state-changing requests must echo in `X-CSRF-Token`. */
  csrfToken?: string | undefined;
  /** The credential's own id (session or API token), e.g. to log out of this session. */
  credentialId: string;
}

export interface Authenticator {
  /** Returns `null` when no credential was sent; throws `unauthenticated` for a bad one. */
  authenticate(credentials: {
    sessionToken?: string | undefined;
    bearerToken?: string | undefined;
  }): Promise<Authentication | null>;
}

export interface TenantContext {
  id: string;
  slug: string;
  name: string;
  tier: Tier;
  /** The caller's role here; the ROOT_OWNER acts as owner in every tenant. */
  role: TenantRole;
}

export interface TenantResolver {
  /** The tenant as `actor` may see it, or `null` when it does not exist or `actor` is not a member. */
  resolve(actor: Actor, tenantId: string): Promise<TenantContext | null>;
}

export interface AuditEntryInput {
  actorId: string | null;
  actorLabel: string;
  action: string;
  resource: string;
  result: 'success' | 'failure';
  requestId: string;
  details?: Record<string, unknown>;
}

export interface AuditRecorder {
  /** Appends to the chain of the tenant that `tx` is scoped to, inside `tx`. */
  record(tx: AppTx, tenantId: string, entry: AuditEntryInput): Promise<void>;
}
