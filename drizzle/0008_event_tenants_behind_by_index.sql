-- webnova_event_tenants_behind (0004_event_store_rls.sql) answered "is there a visible event beyond the
-- oldest checkpoint?" with a hash semi-join over the whole events table: a sequential scan of every event of
-- every tenant on each poll (170 ms at 300,000 events, growing without bound). The same question, asked per
-- tenant as a LIMIT 1 probe of events_cursor_idx (tenant_id, tx_id, global_position) from the tenant's
-- oldest checkpoint, costs one index descent per tenant. Same arguments, result and privileges
-- (CREATE OR REPLACE keeps the grants). A partition without a checkpoint counts from the start of time:
-- every real event lies beyond ('0', 0), so "a checkpoint is missing" and "an event lies beyond the
-- oldest checkpoint" become one comparison.
CREATE OR REPLACE FUNCTION webnova_event_tenants_behind(p_subscription text, p_partitions integer) RETURNS SETOF uuid
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
    CROSS JOIN LATERAL (
      SELECT CASE WHEN known.partitions < p_partitions THEN '0'::xid8 ELSE oldest.tx_id END AS tx_id,
             CASE WHEN known.partitions < p_partitions THEN 0::bigint ELSE oldest.global_position END AS position
    ) since
   WHERE t.tenant_id IS NOT NULL
     AND EXISTS (
       SELECT 1 FROM public.events e
        WHERE e.tenant_id = t.tenant_id
          AND (e.tx_id, e.global_position) > (since.tx_id, since.position)
          AND e.tx_id < pg_snapshot_xmin(pg_current_snapshot())
        LIMIT 1
     )
$$;
