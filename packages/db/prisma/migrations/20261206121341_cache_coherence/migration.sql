-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "saveCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "saveWindowAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "RateLimitHit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RateLimitHit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RateLimitHit_resetAt_idx" ON "RateLimitHit"("resetAt");

-- Cache invalidation (apps/api/src/cache/cache-bus.ts): every change that makes an API process's cached
-- session or assignment facts wrong notifies channel "hoclieu_cache" from inside its own transaction,
-- so every process hears of it on commit, whichever code path (or an operator's SQL) made it.
-- Payloads are parsed by cache/cache-events.ts. Identical notifications of one transaction are sent once.
CREATE FUNCTION "hoclieu_cache_sessions_ended"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids jsonb;
BEGIN
  SELECT jsonb_agg(id) INTO ids FROM (SELECT id FROM ended LIMIT 41) s;
  IF ids IS NULL THEN RETURN NULL; END IF;
  -- A payload holds at most 8000 bytes: many sessions at once (a unit deactivated) clear them all.
  IF jsonb_array_length(ids) > 40 THEN
    PERFORM pg_notify('hoclieu_cache', '{"topic":"sessions"}');
  ELSE
    PERFORM pg_notify('hoclieu_cache', jsonb_build_object('topic', 'session', 'ids', ids)::text);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Session_cache_ended" AFTER DELETE ON "Session"
  REFERENCING OLD TABLE AS ended FOR EACH STATEMENT EXECUTE FUNCTION "hoclieu_cache_sessions_ended"();

CREATE FUNCTION "hoclieu_cache_user_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hoclieu_cache', jsonb_build_object('topic', 'user', 'id', OLD.id)::text);
  RETURN NULL;
END $$;
CREATE TRIGGER "User_cache_changed" AFTER UPDATE ON "User" FOR EACH ROW
  WHEN ((OLD.username, OLD."passwordHash", OLD."fullName", OLD.role, OLD."provinceId", OLD."districtId",
         OLD."schoolId", OLD."mustChangePassword", OLD.disabled)
    IS DISTINCT FROM (NEW.username, NEW."passwordHash", NEW."fullName", NEW.role, NEW."provinceId",
         NEW."districtId", NEW."schoolId", NEW."mustChangePassword", NEW.disabled))
  EXECUTE FUNCTION "hoclieu_cache_user_changed"();

-- A unit renamed, moved or deactivated: every cached session may name it (rare: all are forgotten).
CREATE FUNCTION "hoclieu_cache_unit_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hoclieu_cache', '{"topic":"sessions"}');
  RETURN NULL;
END $$;
CREATE TRIGGER "School_cache_changed" AFTER UPDATE ON "School" FOR EACH ROW
  WHEN ((OLD.name, OLD.levels, OLD."districtId", OLD."deactivatedAt")
    IS DISTINCT FROM (NEW.name, NEW.levels, NEW."districtId", NEW."deactivatedAt"))
  EXECUTE FUNCTION "hoclieu_cache_unit_changed"();
CREATE TRIGGER "District_cache_changed" AFTER UPDATE ON "District" FOR EACH ROW
  WHEN ((OLD.name, OLD."provinceId", OLD."deactivatedAt")
    IS DISTINCT FROM (NEW.name, NEW."provinceId", NEW."deactivatedAt"))
  EXECUTE FUNCTION "hoclieu_cache_unit_changed"();
CREATE TRIGGER "Province_cache_changed" AFTER UPDATE ON "Province" FOR EACH ROW
  WHEN ((OLD.name, OLD."deactivatedAt") IS DISTINCT FROM (NEW.name, NEW."deactivatedAt"))
  EXECUTE FUNCTION "hoclieu_cache_unit_changed"();

-- What starting an attempt caches of its assignment (window, time limit, extra time, attempts).
CREATE FUNCTION "hoclieu_cache_assignment_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hoclieu_cache', jsonb_build_object('topic', 'assignment', 'id', OLD.id)::text);
  RETURN NULL;
END $$;
CREATE TRIGGER "Assignment_cache_changed" AFTER UPDATE ON "Assignment" FOR EACH ROW
  WHEN ((OLD."opensAt", OLD."closesAt", OLD."timeLimitMinutes", OLD."attemptsAllowed", OLD."extraTime"::text,
         OLD."examId")
    IS DISTINCT FROM (NEW."opensAt", NEW."closesAt", NEW."timeLimitMinutes", NEW."attemptsAllowed",
         NEW."extraTime"::text, NEW."examId"))
  EXECUTE FUNCTION "hoclieu_cache_assignment_changed"();
CREATE TRIGGER "Assignment_cache_deleted" AFTER DELETE ON "Assignment" FOR EACH ROW
  EXECUTE FUNCTION "hoclieu_cache_assignment_changed"();
