import {
  customType,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// The secrets vault, encrypted envelope by envelope: each tenant has a random data key (DEK) stored only
// wrapped (AES-256-GCM) under the installation's key-encryption key (KEK, WEBNOVA_MASTER_KEY or
// <dataDir>/master.key), and each secret is encrypted under its tenant's DEK. Both tables are tenant-owned
// under row-level security (drizzle/*_vault_rls.sql, which also ties them to `tenants` so deleting a
// tenant deletes its keys: that table belongs to the tenancy module, so this schema does not import it).

/** Raw bytes. PGlite hands back a Uint8Array and node-postgres a Buffer; callers always get a Buffer. */
const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

export const tenantDataKeys = pgTable(
  'tenant_data_keys',
  {
    tenantId: uuid('tenant_id').notNull(),
    /** 1 for a tenant's first key; a rotation would add the next version and re-encrypt the secrets. */
    version: integer('version').notNull(),
    /** The KEK version that wrapped this key, so a rotated KEK can tell which keys still need re-wrapping. */
    kekVersion: integer('kek_version').notNull(),
    nonce: bytea('nonce').notNull(),
    wrappedKey: bytea('wrapped_key').notNull(),
    tag: bytea('tag').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.version] })],
);

export const secrets = pgTable(
  'secrets',
  {
    tenantId: uuid('tenant_id').notNull(),
    /** E.g. `platform:<platformId>:admin-password`; bound into the ciphertext's associated data. */
    name: text('name').notNull(),
    dataKeyVersion: integer('data_key_version').notNull(),
    nonce: bytea('nonce').notNull(),
    ciphertext: bytea('ciphertext').notNull(),
    tag: bytea('tag').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.tenantId, table.name] }),
    foreignKey({
      columns: [table.tenantId, table.dataKeyVersion],
      foreignColumns: [tenantDataKeys.tenantId, tenantDataKeys.version],
      name: 'secrets_data_key_fk',
    }),
  ],
);
