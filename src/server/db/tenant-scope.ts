import { sql } from 'drizzle-orm';
import type { AppDb, AppTx } from './types.js';

/** The role requests run as: NOSUPERUSER NOBYPASSRLS, so row-level security always applies. */
export const RUNTIME_ROLE = 'webnova_app';

/**
 * The scope of installation-wide records (sign-ups, logins, API tokens, tier changes) in the audit log.
 * It is a tenant id no real tenant can have, so the same row-level security confines it.
 */
export const INSTALLATION_SCOPE = '00000000-0000-0000-0000-000000000000';

export interface TenantScope {
  tenantId: string;
  /** The acting user, for policies that let people read their own rows across tenants. */
  userId?: string | undefined;
}

/**
 * Runs `work` in one transaction confined to a tenant: the tenant (and user) are set with
 * parameterized, transaction-local `set_config`, and the role is switched to the runtime role,
 * so the database itself refuses rows of other tenants. Everything `work` writes commits together.
 */
export async function withTenant<T>(
  db: AppDb,
  scope: TenantScope,
  work: (tx: AppTx) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.tenant_id', ${scope.tenantId}, true), set_config('app.user_id', ${scope.userId ?? ''}, true)`,
    );
    await tx.execute(sql.raw(`set local role ${RUNTIME_ROLE}`));
    return work(tx);
  });
}

/** Like `withTenant` with no tenant at all: tenant-owned tables show nothing (fail closed). */
export async function withoutTenant<T>(
  db: AppDb,
  work: (tx: AppTx) => Promise<T>,
  userId?: string,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('app.user_id', ${userId ?? ''}, true)`);
    await tx.execute(sql.raw(`set local role ${RUNTIME_ROLE}`));
    return work(tx);
  });
}
