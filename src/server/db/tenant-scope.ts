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
    await enterScope(tx, scope.tenantId, scope.userId);
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
    await enterScope(tx, '', userId);
    return work(tx);
  });
}

/**
 * Sets tenant, user and role in one round trip. `set_config('role', …, true)` is exactly what
 * `SET LOCAL ROLE` does (role is a setting like any other), and unlike SET it takes parameters,
 * so nothing here is spliced into SQL text.
 */
async function enterScope(tx: AppTx, tenantId: string, userId: string | undefined): Promise<void> {
  await tx.execute(
    sql`select set_config('app.tenant_id', ${tenantId}, true), set_config('app.user_id', ${userId ?? ''}, true), set_config('role', ${RUNTIME_ROLE}, true)`,
  );
}

/**
 * Inside a transaction opened by `withTenant`, acts for another tenant for the length of `work`,
 * then restores the previous one. For the rare change that spans tenants in one transaction, such as
 * creating a tenant together with its first owner at sign-up.
 */
export function actAsTenant<T>(tx: AppTx, tenantId: string, work: () => Promise<T>): Promise<T> {
  return withSetting(tx, 'app.tenant_id', tenantId, work);
}

/**
 * Inside a request's transaction, acts as a user for the length of `work`, then restores the previous one.
 * For the moment a caller becomes someone mid-request (login), so policies on the user's own rows apply.
 */
export function actAsUser<T>(tx: AppTx, userId: string, work: () => Promise<T>): Promise<T> {
  return withSetting(tx, 'app.user_id', userId, work);
}

/** Sets one transaction-local setting around `work` and puts back what was there before. */
async function withSetting<T>(
  tx: AppTx,
  name: 'app.tenant_id' | 'app.user_id',
  value: string,
  work: () => Promise<T>,
): Promise<T> {
  const current = await tx.execute<{ value: string | null }>(
    sql`select current_setting(${name}, true) as value`,
  );
  const previous = current.rows[0]?.value ?? '';
  await tx.execute(sql`select set_config(${name}, ${value}, true)`);
  try {
    return await work();
  } finally {
    await tx.execute(sql`select set_config(${name}, ${previous}, true)`);
  }
}
