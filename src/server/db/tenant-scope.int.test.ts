import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  databaseErrorOf,
  testDatabaseKinds,
  withTenant,
  withoutTenant,
  type TestDatabase,
} from './index.js';
import { sql } from 'drizzle-orm';

describe.each(testDatabaseKinds())('tenant isolation in the database (%s)', (kind) => {
  let database: TestDatabase;
  const tenantA = '0190f5d2-7c1e-7a3b-9f10-00000000000a';
  const tenantB = '0190f5d2-7c1e-7a3b-9f10-00000000000b';

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    for (const tenant of [tenantA, tenantB]) {
      await database.query(`insert into tenants (id, slug, name) values ($1, $2, 'T')`, [
        tenant,
        `t-${tenant.slice(-1)}`,
      ]);
      await withTenant(database.db, { tenantId: tenant }, (tx) =>
        tx.execute(
          sql`insert into quota_usage (tenant_id, quota, period, used) values (${tenant}, 'seats', 'current', 1)`,
        ),
      );
    }
  });
  afterAll(() => database.drop());

  it('enables and forces row-level security on every table that has a tenant_id column', async () => {
    const rows = await database.query<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
    }>(
      `select c.relname, c.relrowsecurity, c.relforcerowsecurity
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const unprotected = rows
      .filter((row) => !row.relrowsecurity || !row.relforcerowsecurity)
      .map((row) => row.relname);
    expect(unprotected).toEqual([]);
  });

  it('puts tenant_id first in the primary key of every tenant-owned table', async () => {
    const rows = await database.query<{ relname: string; first_column: string }>(
      `select c.relname, a.attname as first_column
         from pg_index i
         join pg_class c on c.oid = i.indrelid
         join pg_namespace n on n.oid = c.relnamespace
         join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
        where i.indisprimary and n.nspname = 'public'
          and exists (select 1 from pg_attribute t where t.attrelid = c.oid and t.attname = 'tenant_id')`,
    );
    expect(rows.filter((row) => row.first_column !== 'tenant_id')).toEqual([]);
  });

  it('shows no rows to a query with no tenant set', async () => {
    const rows = await withoutTenant(database.db, (tx) => tx.execute(sql`select * from quota_usage`));
    expect(rows.rows).toEqual([]);
  });

  it('shows a tenant only its own rows and refuses writes into another tenant', async () => {
    const seen = await withTenant(database.db, { tenantId: tenantA }, (tx) =>
      tx.execute<{ tenant_id: string }>(sql`select tenant_id from quota_usage`),
    );
    expect(seen.rows.map((row) => row.tenant_id)).toEqual([tenantA]);
    await expect(
      withTenant(database.db, { tenantId: tenantA }, (tx) =>
        tx.execute(
          sql`insert into quota_usage (tenant_id, quota, period, used) values (${tenantB}, 'platforms', 'current', 1)`,
        ),
      ),
    ).rejects.toSatisfy((error) => /row-level security/.test(databaseErrorOf(error)?.message ?? ''));
  });

  it('runs requests as a role that is neither superuser nor able to bypass row-level security', async () => {
    const [role] = await withTenant(
      database.db,
      { tenantId: tenantA },
      async (tx) =>
        (
          await tx.execute<{ rolsuper: boolean; rolbypassrls: boolean }>(
            sql`select rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
          )
        ).rows,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });
});
