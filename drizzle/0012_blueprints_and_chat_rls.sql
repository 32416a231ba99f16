-- Row-level security for the Blueprint and chat read models, on the pattern of 0004_event_store_rls.sql:
-- a tenant's platforms, Blueprint versions and conversations are its own, like its events.
ALTER TABLE platforms ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE platforms FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON platforms
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE blueprint_versions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE blueprint_versions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON blueprint_versions
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE chat_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE chat_sessions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON chat_sessions
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE chat_messages ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE chat_messages FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON chat_messages
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
