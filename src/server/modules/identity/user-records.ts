import { eq, inArray } from 'drizzle-orm';
import type { Locale, User } from '../../../contracts/index.js';
import { AppError } from '../../../kernel/index.js';
import { databaseErrorOf, SQLSTATE, type AppTx } from '../../db/index.js';
import { users } from './schema.js';

export type UserRow = typeof users.$inferSelect;

/** What other modules may know of a person. */
export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
}

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale as Locale,
    isRootOwner: row.isRootOwner,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findUserRowByEmail(tx: AppTx, email: string): Promise<UserRow | null> {
  const [row] = await tx.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

export async function findUserRowById(tx: AppTx, id: string): Promise<UserRow | null> {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function findUserSummaries(tx: AppTx, ids: string[]): Promise<UserSummary[]> {
  if (ids.length === 0) return [];
  return tx
    .select({ id: users.id, email: users.email, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
}

export async function ownerExists(tx: AppTx): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(eq(users.isRootOwner, true)).limit(1);
  return row !== undefined;
}

/** Inserts a user; the database's unique indexes decide races, and their violations become 409s. */
export async function insertUser(tx: AppTx, values: typeof users.$inferInsert): Promise<UserRow> {
  try {
    const [row] = await tx.insert(users).values(values).returning();
    if (!row) throw new Error('insert into users returned no row');
    return row;
  } catch (error) {
    throw conflictOf(error, values.email) ?? error;
  }
}

function conflictOf(error: unknown, email: string): AppError | undefined {
  const info = databaseErrorOf(error);
  if (info?.code !== SQLSTATE.uniqueViolation) return undefined;
  const constraint = info.constraint ?? info.message;
  if (constraint.includes('users_single_root_owner')) {
    return new AppError('conflict', 'Another account became the owner of this installation a moment ago', {
      hint: 'Send the request again: the account will then be created as a regular one.',
      cause: error,
    });
  }
  return new AppError('conflict', `An account with the email ${email} already exists`, {
    fieldProblems: [{ path: 'body.email', message: 'is already registered' }],
    hint: 'Log in with this email instead, or use another email address.',
    cause: error,
  });
}
