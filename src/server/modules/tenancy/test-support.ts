import { sql } from 'drizzle-orm';
import type { Actor } from '../../http/index.js';
import { withTenant, INSTALLATION_SCOPE, type Database } from '../../db/index.js';
import type { DirectoryUser, UserDirectory } from './user-directory.js';

type UserRow = { id: string; email: string; displayName: string };

// Test-only helpers. Tests may touch identity's table directly; production code goes through UserDirectory.

/** Inserts `count` accounts named `<label>-<n>@example.com` in one statement (no password hashing). */
export async function seedUsers(database: Database, label: string, count = 1): Promise<DirectoryUser[]> {
  return database.query<DirectoryUser>(
    `insert into users (id, email, password_hash, display_name)
     select gen_random_uuid(), $1 || '-' || n || '@example.com', 'test-only, not a hash', $1 || ' ' || n
       from generate_series(1, $2::int) as n
     order by n
     returning id, email, display_name as "displayName"`,
    [label, count],
  );
}

/** The directory identity provides, read straight from its table. */
export const sqlUserDirectory: UserDirectory = {
  findByEmail: async (tx, email) => {
    const result = await tx.execute<UserRow>(
      sql`select id, email, display_name as "displayName" from users where email = ${email}`,
    );
    return result.rows[0] ?? null;
  },
  findByIds: async (tx, ids) => {
    if (ids.length === 0) return [];
    const list = sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const result = await tx.execute<UserRow>(
      sql`select id, email, display_name as "displayName" from users where id in (${list})`,
    );
    return result.rows;
  },
};

export function actorOf(user: DirectoryUser, isRootOwner = false): Actor {
  return { userId: user.id, email: user.email, displayName: user.displayName, isRootOwner };
}

/** An installation-scoped transaction for `userId`, like the route pipeline opens for non-tenant routes. */
export function asInstallation<T>(
  database: Database,
  userId: string | undefined,
  work: Parameters<typeof withTenant<T>>[2],
): Promise<T> {
  return withTenant(database.db, { tenantId: INSTALLATION_SCOPE, userId }, work);
}
