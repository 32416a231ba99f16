import { and, asc, eq } from 'drizzle-orm';
import type { TenantRole } from '../../../contracts/index.js';
import type { AppTx } from '../../db/index.js';
import { memberships } from './schema.js';

// Data access for memberships. Row-level security confines them to the transaction's tenant, but on a
// superuser connection it would not, so every query is scoped by `tenantId` here as well.

export type MembershipRow = typeof memberships.$inferSelect;

/** Inserts the membership unless the person is already a member; `null` then, without aborting the transaction. */
export async function insertMembership(
  tx: AppTx,
  row: typeof memberships.$inferInsert,
): Promise<MembershipRow | null> {
  const [inserted] = await tx
    .insert(memberships)
    .values(row)
    .onConflictDoNothing({ target: [memberships.tenantId, memberships.userId] })
    .returning();
  return inserted ?? null;
}

export function listMemberships(tx: AppTx, tenantId: string): Promise<MembershipRow[]> {
  return tx
    .select()
    .from(memberships)
    .where(eq(memberships.tenantId, tenantId))
    .orderBy(asc(memberships.createdAt), asc(memberships.id));
}

/** The member, locked against concurrent changes until the transaction ends. */
export async function findMemberForUpdate(
  tx: AppTx,
  tenantId: string,
  memberId: string,
): Promise<MembershipRow | null> {
  const [row] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, memberId)))
    .for('update');
  return row ?? null;
}

export async function findMembershipOfUser(
  tx: AppTx,
  tenantId: string,
  userId: string,
): Promise<MembershipRow | null> {
  const [row] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.userId, userId)));
  return row ?? null;
}

/**
 * Locks the tenant's owner rows and counts them. Two owners demoting each other at once then run one
 * after the other, and the second sees a single owner left (a locked row is re-checked after the wait).
 */
export async function lockOwners(tx: AppTx, tenantId: string): Promise<number> {
  const rows = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.role, 'owner')))
    .for('update');
  return rows.length;
}

export async function updateMemberRole(
  tx: AppTx,
  tenantId: string,
  memberId: string,
  role: TenantRole,
): Promise<MembershipRow | null> {
  const [row] = await tx
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, memberId)))
    .returning();
  return row ?? null;
}

export async function deleteMember(tx: AppTx, tenantId: string, memberId: string): Promise<boolean> {
  const rows = await tx
    .delete(memberships)
    .where(and(eq(memberships.tenantId, tenantId), eq(memberships.id, memberId)))
    .returning({ id: memberships.id });
  return rows.length > 0;
}
