-- Row-level security for the event store's tenant-owned tables, on the pattern of 0001_row_level_security.sql.
-- event_leases and event_consumers carry no tenant data (they say which server instance works on which
-- partition of a subscription) and stay outside RLS.
ALTER TABLE event_streams ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE event_streams FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON event_streams
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE events FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON events
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE event_checkpoints ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE event_checkpoints FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON event_checkpoints
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE event_dead_letters ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE event_dead_letters FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON event_dead_letters
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
ALTER TABLE event_snapshots ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE event_snapshots FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON event_snapshots
  USING (tenant_id = (SELECT webnova_current_tenant()))
  WITH CHECK (tenant_id = (SELECT webnova_current_tenant()));
--> statement-breakpoint
-- Events are facts: nobody rewrites one, the table owner included. Old shapes are upcast on read instead.
CREATE FUNCTION webnova_refuse_event_update() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'events are immutable: UPDATE is not allowed'
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER events_no_update
  BEFORE UPDATE ON events
  FOR EACH ROW EXECUTE FUNCTION webnova_refuse_event_update();
--> statement-breakpoint
-- Subscription workers serve every tenant, but each batch runs inside withTenant (the runtime role, one
-- tenant, RLS on). To know which tenants to visit they need one fact that crosses tenants: "this tenant
-- has events that subscription S has not processed yet". This function answers exactly that, and only
-- that: it returns tenant ids, never event data. SECURITY DEFINER lets it read past RLS; search_path is
-- pinned so a caller cannot redirect the names it uses. The tenant list comes from a loose index scan over
-- event_streams' primary key, so it costs one index probe per tenant.
-- A tenant counts as behind when any of the subscription's p_partitions partitions lacks a checkpoint, or
-- when a visible event (tx_id below the snapshot's xmin, as every reader) lies beyond the oldest one.
CREATE FUNCTION webnova_event_tenants_behind(p_subscription text, p_partitions integer) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp
  AS $$
  WITH RECURSIVE tenant AS (
    (SELECT s.tenant_id FROM public.event_streams s ORDER BY s.tenant_id LIMIT 1)
    UNION ALL
    SELECT (SELECT s.tenant_id FROM public.event_streams s WHERE s.tenant_id > tenant.tenant_id
             ORDER BY s.tenant_id LIMIT 1)
      FROM tenant WHERE tenant.tenant_id IS NOT NULL
  )
  SELECT t.tenant_id
    FROM tenant t
    CROSS JOIN LATERAL (
      SELECT count(*) AS partitions FROM public.event_checkpoints c
       WHERE c.tenant_id = t.tenant_id AND c.subscription = p_subscription
    ) known
    LEFT JOIN LATERAL (
      SELECT c.tx_id, c.global_position FROM public.event_checkpoints c
       WHERE c.tenant_id = t.tenant_id AND c.subscription = p_subscription
       ORDER BY c.tx_id, c.global_position LIMIT 1
    ) oldest ON true
   WHERE t.tenant_id IS NOT NULL
     AND EXISTS (
       SELECT 1 FROM public.events e
        WHERE e.tenant_id = t.tenant_id
          AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
          AND (known.partitions < p_partitions
               OR (e.tx_id, e.global_position) > (oldest.tx_id, oldest.global_position))
     )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION webnova_event_tenants_behind(text, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION webnova_event_tenants_behind(text, integer) TO webnova_app;
