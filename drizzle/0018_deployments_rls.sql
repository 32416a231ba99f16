-- Deployments are tenant-owned: row-level security confines every query to the tenant in scope.
ALTER TABLE deployments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE deployments FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON deployments
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
-- A deployment runs a stored generation; that table belongs to the generations module, so the constraint
-- lives here rather than in a schema.ts that would have to import it.
ALTER TABLE deployments ADD CONSTRAINT deployments_generation_fk
  FOREIGN KEY (tenant_id, generation_id) REFERENCES generations (tenant_id, id) ON DELETE CASCADE;
--> statement-breakpoint
-- After a restart the runtime asks which tenants have deployments that should run: the one cross-tenant
-- question it has, answered with tenant ids only; it then reads each tenant's rows inside withTenant.
CREATE FUNCTION webnova_tenants_with_running_deployments() RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
  SELECT DISTINCT d.tenant_id FROM public.deployments d WHERE d.desired_running AND d.target = 'local'
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION webnova_tenants_with_running_deployments() FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION webnova_tenants_with_running_deployments() TO webnova_app;
