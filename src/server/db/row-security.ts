import { sql } from 'drizzle-orm';
import { RUNTIME_ROLE } from './tenant-scope.js';
import type { AppTx } from './types.js';

/** Plain lower-case names only: they are spliced into DDL (quoted), and must never come from a request. */
const TABLE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

/**
 * Puts a tenant-owned table created at run time (a projection's fresh table during a rebuild) under the
 * same row-level security as the migrated ones (see drizzle/0001_row_level_security.sql): ENABLE and FORCE,
 * so even the table's owner is filtered, the tenant_isolation policy, and the runtime role's grants, which
 * migrations give only to the tables that existed when they ran. Runs as the owner, in the caller's
 * transaction, so the table never exists without its policy. The table needs a `tenant_id uuid` column.
 */
export async function enableTenantRowSecurity(tx: AppTx, table: string): Promise<void> {
  if (!TABLE_NAME.test(table))
    throw new Error(`refusing to secure table ${JSON.stringify(table)}: not a plain name`);
  const name = sql.identifier(table);
  await tx.execute(sql`alter table ${name} enable row level security`);
  await tx.execute(sql`alter table ${name} force row level security`);
  await tx.execute(sql`
    create policy tenant_isolation on ${name}
      using (tenant_id = (select webnova_current_tenant()))
      with check (tenant_id = (select webnova_current_tenant()))`);
  await tx.execute(sql`grant select, insert, update, delete on ${name} to ${sql.identifier(RUNTIME_ROLE)}`);
}
