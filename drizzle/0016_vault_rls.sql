-- Row-level security for the secrets vault, on the pattern of 0014_generations_rls.sql: a tenant's wrapped
-- data key and its encrypted secrets are visible to that tenant alone. The runtime role's table grants
-- come from migrateDatabase (src/server/db/migrate.ts), which grants on every table after migrating.
ALTER TABLE tenant_data_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE tenant_data_keys FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON tenant_data_keys
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE secrets FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON secrets
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
-- Deleting a tenant deletes its data key and secrets with it. `tenants` belongs to the tenancy module,
-- so the constraints live here rather than in a schema.ts that would have to import it.
ALTER TABLE tenant_data_keys ADD CONSTRAINT tenant_data_keys_tenant_fk
  FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE;
--> statement-breakpoint
ALTER TABLE secrets ADD CONSTRAINT secrets_tenant_fk
  FOREIGN KEY (tenant_id) REFERENCES tenants (id) ON DELETE CASCADE;
