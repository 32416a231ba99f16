-- Row-level security for stored generations, on the pattern of 0012_blueprints_and_chat_rls.sql: a
-- tenant's generated files are its own, even when another tenant's Blueprint produced the same bytes
-- (blobs are keyed by tenant and hash, never shared across tenants).
ALTER TABLE generation_blobs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE generation_blobs FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON generation_blobs
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE generations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE generations FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON generations
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE generation_files ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE generation_files FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON generation_files
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
-- A generation names the Blueprint version it was made from. That table belongs to the blueprints
-- module, so the constraint lives here rather than in a schema.ts that would have to import it.
ALTER TABLE generations ADD CONSTRAINT generations_blueprint_version_fk
  FOREIGN KEY (tenant_id, platform_id, blueprint_version)
  REFERENCES blueprint_versions (tenant_id, platform_id, version) ON DELETE CASCADE;
