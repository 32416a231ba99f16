import { asc, eq, like, or } from 'drizzle-orm';
import type { Tier } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { memberships, tenants } from './schema.js';

// Data access for the installation's tenant registry. `tenants` has no row-level security, so every
// query names the tenant it means.

export type TenantRow = typeof tenants.$inferSelect;

/** Inserts the tenant unless its slug is taken; `null` then, without aborting the transaction. */
export async function insertTenant(tx: AppTx, row: typeof tenants.$inferInsert): Promise<TenantRow | null> {
  const [inserted] = await tx
    .insert(tenants)
    .values(row)
    .onConflictDoNothing({ target: tenants.slug })
    .returning();
  return inserted ?? null;
}

/** Slugs already used by `base` or `base-…`. `base` holds only [a-z0-9-], so it is safe inside LIKE. */
export async function slugsLike(tx: AppTx, base: string): Promise<Set<string>> {
  const rows = await tx
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(or(eq(tenants.slug, base), like(tenants.slug, `${base}-%`)));
  return new Set(rows.map((row) => row.slug));
}

export async function findTenant(tx: AppTx, tenantId: string): Promise<TenantRow | null> {
  const [row] = await tx.select().from(tenants).where(eq(tenants.id, tenantId));
  return row ?? null;
}

export async function renameTenant(tx: AppTx, tenantId: string, name: string): Promise<TenantRow | null> {
  const [row] = await tx.update(tenants).set({ name }).where(eq(tenants.id, tenantId)).returning();
  return row ?? null;
}

export async function setTier(tx: AppTx, tenantId: string, tier: Tier): Promise<TenantRow | null> {
  const [row] = await tx.update(tenants).set({ tier }).where(eq(tenants.id, tenantId)).returning();
  return row ?? null;
}

export function listAllTenants(tx: AppTx): Promise<TenantRow[]> {
  return tx.select().from(tenants).orderBy(asc(tenants.createdAt), asc(tenants.id));
}

/**
 * The tenants `userId` belongs to, with their role. Crosses tenants through the
 * `own_memberships_readable` policy, so `tx` must carry `app.user_id = userId`.
 */
export function tenantsOfUser(tx: AppTx, userId: string) {
  return tx
    .select({ tenant: tenants, role: memberships.role })
    .from(memberships)
    .innerJoin(tenants, eq(tenants.id, memberships.tenantId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(tenants.createdAt), asc(tenants.id));
}
