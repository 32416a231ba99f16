-- Row-level security for every tenant-owned table. Drizzle cannot express FORCE or policies, so they live here.
-- Requests run as the role webnova_app (NOSUPERUSER NOBYPASSRLS) inside a transaction that has set
-- app.tenant_id with set_config(..., true); with no tenant set, the policies match nothing: fail closed.
DO $$
BEGIN
  CREATE ROLE webnova_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
EXCEPTION
  -- Roles are cluster-wide: another database (or a racing instance) may have created it first.
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  EXECUTE format('GRANT webnova_app TO %I', current_user);
EXCEPTION
  WHEN insufficient_privilege OR invalid_grant_operation THEN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION webnova_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION webnova_current_user() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON memberships
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
-- A person may see their own memberships in every tenant: that is how the tenant switcher lists them.
CREATE POLICY own_memberships_readable ON memberships FOR SELECT
  USING (user_id = (SELECT webnova_current_user()));
--> statement-breakpoint
ALTER TABLE quota_usage ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE quota_usage FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON quota_usage
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON audit_log
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE audit_heads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_heads FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON audit_heads
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
