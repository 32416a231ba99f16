import { bigint, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { QuotaName, TenantRole, Tier } from '../../../contracts/index.js';

// `tenants` is the installation's registry of organizations (the root of tenancy, keyed by `id`);
// what belongs to a tenant lives in tables whose primary key starts with `tenant_id` and which
// row-level security confines to the tenant set on the transaction (see drizzle/*_row_level_security.sql).

export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    tier: text('tier').notNull().default('free').$type<Tier>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('tenants_slug_key').on(table.slug)],
);

export const memberships = pgTable(
  'memberships',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    id: uuid('id').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull().$type<TenantRole>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.id] }),
    uniqueIndex('memberships_tenant_user_key').on(table.tenantId, table.userId),
    // Finds a user's tenants; the self-read policy is what lets that lookup cross tenants.
    index('memberships_user_idx').on(table.userId),
  ],
);

export const quotaUsage = pgTable(
  'quota_usage',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    quota: text('quota').notNull().$type<QuotaName>(),
    /** `YYYY-MM` for monthly quotas, `current` for counts of what exists. */
    period: text('period').notNull(),
    used: bigint('used', { mode: 'number' }).notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.quota, table.period] })],
);
