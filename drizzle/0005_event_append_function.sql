-- The event store's append as PL/pgSQL functions, so that its statements are planned once per connection
-- (PL/pgSQL caches them) instead of on every call, and so that a whole append can be one round trip.
--
-- webnova_append_events appends in the caller's transaction, as the caller's role and tenant: inside
-- withTenant (the runtime role, app.tenant_id set) row-level security applies to every statement in it, so
-- asking to append to another tenant fails the policies' WITH CHECK. SECURITY INVOKER, never DEFINER.
--
-- webnova_append_events_as_tenant is the same append as one autocommit statement: one round trip instead
-- of BEGIN, set_config, the append and COMMIT. It enters the scope withTenant enters: the runtime role (by
-- its SET clause, so PostgreSQL switches to it on entry and back on exit) and app.tenant_id = p_tenant with
-- app.user_id empty (set inside, and undone on exit because the SET clause names them too). Row-level
-- security therefore confines every statement of the append to p_tenant, exactly as inside withTenant, and
-- a caller inside a longer transaction gets its own role and settings back. An empty tenant is refused. Not
-- SECURITY DEFINER: the caller must be allowed to SET ROLE webnova_app, as withTenant requires.
--
-- Both are made from the one body below (a nested call would cost a sixth of the throughput). The steps and
-- the row they return are those of the single statement they replace: lock the stream row, look for the
-- batch's event ids (an idempotent retry or a partial overlap), refuse an archived stream or a wrong
-- expected version, and only then insert, so a refused append consumes no positions. The caller reads the
-- outcome from the row: positions when it appended, otherwise the facts that explain why not. Each
-- statement takes a fresh snapshot (READ COMMITTED), so the id lookup after the lock sees whatever the
-- writer that held the lock committed. Two writers creating the same stream both find no row to lock; the
-- loser fails on the unique (tenant_id, stream_id, stream_version) and the caller maps that to a conflict.
-- p_events is a JSON array of {n, event_id, type, schema_version, data, metadata}, n numbering from 1;
-- p_expected_kind is any, no_stream, stream_exists or exact (then p_expected is the version).
DO $do$
DECLARE
  signature CONSTANT text := $sig$(
    p_tenant text,
    p_stream_id text,
    p_stream_type text,
    p_events json,
    p_expected_kind text,
    p_expected bigint,
    OUT r_version bigint,
    OUT r_archived boolean,
    OUT r_existing json,
    OUT r_first_position bigint,
    OUT r_last_position bigint
  ) LANGUAGE plpgsql VOLATILE SECURITY INVOKER$sig$;
  -- %s is where the scope-entering function checks and sets its tenant.
  body CONSTANT text := $body$
DECLARE
  v_tenant uuid;
  v_current bigint;
  v_allowed boolean;
  v_count integer := json_array_length(p_events);
BEGIN
  %s
  v_tenant := p_tenant::uuid;
  SELECT s.version, s.archived INTO r_version, r_archived
    FROM public.event_streams s
   WHERE s.tenant_id = v_tenant AND s.stream_id = p_stream_id
     FOR UPDATE;
  SELECT json_agg(json_build_object('eventId', e.event_id, 'streamId', e.stream_id,
                  'streamVersion', e.stream_version, 'globalPosition', e.global_position)
                  ORDER BY e.global_position)
    INTO r_existing
    FROM public.events e
   WHERE e.tenant_id = v_tenant
     AND e.event_id = ANY (ARRAY(SELECT t.event_id FROM json_to_recordset(p_events) AS t(event_id uuid)));
  IF r_existing IS NOT NULL OR coalesce(r_archived, false) THEN
    RETURN;
  END IF;
  v_current := coalesce(r_version, 0);
  v_allowed := CASE p_expected_kind
                 WHEN 'any' THEN true
                 WHEN 'no_stream' THEN v_current = 0
                 WHEN 'stream_exists' THEN v_current > 0
                 WHEN 'exact' THEN v_current = p_expected
               END;
  IF v_allowed IS NOT TRUE THEN
    RETURN;
  END IF;
  WITH appended AS (
    INSERT INTO public.events (tenant_id, stream_id, stream_version, event_id, type, schema_version, data, metadata)
    SELECT v_tenant, p_stream_id, v_current + t.n, t.event_id, t.type, t.schema_version, t.data, t.metadata
      FROM json_to_recordset(p_events)
        AS t(n integer, event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb)
     ORDER BY t.n
    RETURNING global_position
  )
  SELECT min(a.global_position), max(a.global_position) INTO r_first_position, r_last_position FROM appended a;
  IF r_version IS NULL THEN
    INSERT INTO public.event_streams AS s (tenant_id, stream_id, type, version)
    VALUES (v_tenant, p_stream_id, p_stream_type, v_current + v_count)
    ON CONFLICT (tenant_id, stream_id) DO UPDATE SET version = excluded.version, updated_at = now();
  ELSE
    UPDATE public.event_streams s SET version = v_current + v_count, updated_at = now()
     WHERE s.tenant_id = v_tenant AND s.stream_id = p_stream_id;
  END IF;
END
$body$;
BEGIN
  EXECUTE format('CREATE FUNCTION public.webnova_append_events%s SET search_path = pg_catalog, pg_temp AS %L',
                 signature, format(body, '-- in the caller''s scope'));
  EXECUTE format('CREATE FUNCTION public.webnova_append_events_as_tenant%s
                    SET role = webnova_app SET app.tenant_id = %L SET app.user_id = %L
                    SET search_path = pg_catalog, pg_temp
                  AS %L',
                 signature, '', '', format(body, $scope$IF coalesce(p_tenant, '') = '' THEN
    RAISE EXCEPTION 'an append needs a tenant' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM set_config('app.tenant_id', p_tenant, true);$scope$));
END
$do$;
