-- Group commit for the event store: webnova_append_events_group_as_tenant makes several appends of one tenant
-- (each with its own stream, expected version and events) in one autocommit statement, so that appends that
-- arrive together share one round trip, one transaction and one commit. EventStore.append sends the appends
-- that queue up while one of the tenant's writes is in flight as one such group.
--
-- Each append is the append of webnova_append_events_as_tenant (drizzle/0005_…sql), step by step: lock the
-- stream row, look for the append's event ids, refuse an archived stream or a wrong expected version, and
-- only then insert, so a refused append writes nothing and consumes no positions while the others of the
-- group go through. It returns one row per append (r_i is the append's index in p_appends) with the same
-- facts the single append returns. The appends run in a deterministic order, by stream id and then by index,
-- so two groups lock their streams in the same order and cannot deadlock each other; an append to a stream
-- an earlier append of the group wrote to sees that append's version and events (each statement of a
-- VOLATILE function sees the ones before it). Any error aborts the whole group and nothing of it is written;
-- the store then makes the group's appends one by one. Scope as in 0005: the runtime role by the SET clause,
-- app.tenant_id = p_tenant set inside and undone on exit, an empty tenant refused; SECURITY INVOKER.
-- p_appends is a JSON array of {i, stream_id, stream_type, kind, expected, events}, events as in 0005.
CREATE FUNCTION public.webnova_append_events_group_as_tenant(p_tenant text, p_appends json)
  RETURNS TABLE (
    r_i integer,
    r_version bigint,
    r_archived boolean,
    r_existing json,
    r_first_position bigint,
    r_last_position bigint
  )
  LANGUAGE plpgsql VOLATILE SECURITY INVOKER
  SET role = webnova_app SET app.tenant_id = '' SET app.user_id = ''
  SET search_path = pg_catalog, pg_temp
AS $body$
DECLARE
  v_tenant uuid;
  v_current bigint;
  v_allowed boolean;
  v_count integer;
  a record;
BEGIN
  IF coalesce(p_tenant, '') = '' THEN
    RAISE EXCEPTION 'an append needs a tenant' USING ERRCODE = 'insufficient_privilege';
  END IF;
  PERFORM set_config('app.tenant_id', p_tenant, true);
  v_tenant := p_tenant::uuid;
  FOR a IN
    SELECT t.i, t.stream_id, t.stream_type, t.kind, t.expected, t.events
      FROM json_to_recordset(p_appends)
        AS t(i integer, stream_id text, stream_type text, kind text, expected bigint, events json)
     ORDER BY t.stream_id, t.i
  LOOP
    r_i := a.i;
    r_first_position := NULL;
    r_last_position := NULL;
    v_count := json_array_length(a.events);
    SELECT s.version, s.archived INTO r_version, r_archived
      FROM public.event_streams s
     WHERE s.tenant_id = v_tenant AND s.stream_id = a.stream_id
       FOR UPDATE;
    SELECT json_agg(json_build_object('eventId', e.event_id, 'streamId', e.stream_id,
                    'streamVersion', e.stream_version, 'globalPosition', e.global_position)
                    ORDER BY e.global_position)
      INTO r_existing
      FROM public.events e
     WHERE e.tenant_id = v_tenant
       AND e.event_id = ANY (ARRAY(SELECT t.event_id FROM json_to_recordset(a.events) AS t(event_id uuid)));
    IF r_existing IS NULL AND NOT coalesce(r_archived, false) THEN
      v_current := coalesce(r_version, 0);
      v_allowed := CASE a.kind
                     WHEN 'any' THEN true
                     WHEN 'no_stream' THEN v_current = 0
                     WHEN 'stream_exists' THEN v_current > 0
                     WHEN 'exact' THEN v_current = a.expected
                   END;
      IF v_allowed IS TRUE THEN
        WITH appended AS (
          INSERT INTO public.events (tenant_id, stream_id, stream_version, event_id, type, schema_version, data, metadata)
          SELECT v_tenant, a.stream_id, v_current + t.n, t.event_id, t.type, t.schema_version, t.data, t.metadata
            FROM json_to_recordset(a.events)
              AS t(n integer, event_id uuid, type text, schema_version integer, data jsonb, metadata jsonb)
           ORDER BY t.n
          RETURNING global_position
        )
        SELECT min(x.global_position), max(x.global_position) INTO r_first_position, r_last_position FROM appended x;
        IF r_version IS NULL THEN
          INSERT INTO public.event_streams AS s (tenant_id, stream_id, type, version)
          VALUES (v_tenant, a.stream_id, a.stream_type, v_current + v_count)
          ON CONFLICT (tenant_id, stream_id) DO UPDATE SET version = excluded.version, updated_at = now();
        ELSE
          UPDATE public.event_streams s SET version = v_current + v_count, updated_at = now()
           WHERE s.tenant_id = v_tenant AND s.stream_id = a.stream_id;
        END IF;
      END IF;
    END IF;
    RETURN NEXT;
  END LOOP;
END
$body$;
