-- The dashboards' cache (apps/api/src/modules/reports/online-share.ts) reuses a computed dashboard for
-- as long as nothing it is computed from has changed: every statement that changes one of these tables
-- notifies the cache bus's channel (once per transaction, on commit), whatever code path or operator
-- made it. A record of online teaching changes ClassOnlineTotal/ClassOnlineMonth through its triggers.
CREATE FUNCTION "hoclieu_cache_reports_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hoclieu_cache', '{"topic":"reports"}');
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['ClassOnlineTotal', 'ClassOnlineMonth', 'Class', 'School', 'District',
                           'CurriculumPeriod', 'SchoolYear']
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "hoclieu_cache_reports_changed"()',
      t || '_cache_reports', t);
  END LOOP;
END $$;
