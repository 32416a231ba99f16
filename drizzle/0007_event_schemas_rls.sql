-- Row-level security for event_schemas, on the pattern of 0004_event_store_rls.sql: a tenant's JSON
-- Schemas are its own, like its events.
ALTER TABLE event_schemas ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE event_schemas FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON event_schemas
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
