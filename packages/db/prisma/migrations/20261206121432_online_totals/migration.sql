-- CreateTable
CREATE TABLE "ClassOnlineTotal" (
    "classId" UUID NOT NULL,
    "subjectCode" TEXT NOT NULL,
    "term" SMALLINT NOT NULL,
    "periods" INTEGER NOT NULL,

    CONSTRAINT "ClassOnlineTotal_pkey" PRIMARY KEY ("classId","term","subjectCode")
);

-- CreateTable
CREATE TABLE "ClassOnlineMonth" (
    "classId" UUID NOT NULL,
    "term" SMALLINT NOT NULL,
    "month" DATE NOT NULL,
    "periods" INTEGER NOT NULL,

    CONSTRAINT "ClassOnlineMonth_pkey" PRIMARY KEY ("classId","term","month")
);

-- AddForeignKey
ALTER TABLE "ClassOnlineTotal" ADD CONSTRAINT "ClassOnlineTotal_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClassOnlineMonth" ADD CONSTRAINT "ClassOnlineMonth_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Per-class online totals kept by triggers (issue 18, reports). A trigger, not the services: the
-- records are written by the online-lesson service, assignments (createMany), live classes, past
-- lessons, the demo seed, the benchmark generator (INSERT ... SELECT) and cascades (a class or an
-- assignment deleted); a trigger runs in the same transaction as every one of them, so no write path
-- can forget the totals. Statement-level with transition tables: a bulk insert of 510,000 records is
-- one grouped upsert, not 510,000.

-- Adds signed periods of records (class, subject, day) to the totals of their class's term and month.
-- term: 1 = semester 1, 2 = semester 2, 0 = between them; outside the school year: no term (never
-- counted by a report, as before). Keys in order, so concurrent changes lock rows in the same order.
CREATE FUNCTION online_totals_apply(class_ids uuid[], subjects text[], days date[], amounts integer[])
RETURNS void LANGUAGE sql AS $$
  WITH change AS (
    SELECT ch.class_id, ch.subject, ch.day, ch.amount,
           (CASE WHEN ch.day < y."startDate" OR ch.day > y."endDate" THEN NULL
                 WHEN ch.day <= y."semester1End" THEN 1
                 WHEN ch.day >= y."semester2Start" THEN 2
                 ELSE 0 END)::smallint AS term
    FROM unnest(class_ids, subjects, days, amounts) AS ch(class_id, subject, day, amount)
    JOIN "Class" c ON c.id = ch.class_id
    JOIN "SchoolYear" y ON y.id = c."schoolYearId"
  ), by_subject AS (
    INSERT INTO "ClassOnlineTotal" AS t ("classId", term, "subjectCode", periods)
    SELECT class_id, term, subject, sum(amount) FROM change WHERE term IS NOT NULL
    GROUP BY 1, 2, 3 HAVING sum(amount) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("classId", term, "subjectCode") DO UPDATE SET periods = t.periods + excluded.periods
  )
  INSERT INTO "ClassOnlineMonth" AS m ("classId", term, month, periods)
  SELECT class_id, term, date_trunc('month', day::timestamp)::date, sum(amount) FROM change
  WHERE term IS NOT NULL
  GROUP BY 1, 2, 3 HAVING sum(amount) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("classId", term, month) DO UPDATE SET periods = m.periods + excluded.periods
$$;

-- The totals of these classes computed again from their records (a class moved to another year,
-- a year's dates changed, and the backfill below).
CREATE FUNCTION online_totals_rebuild(class_ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ClassOnlineTotal" WHERE "classId" = ANY(class_ids);
  DELETE FROM "ClassOnlineMonth" WHERE "classId" = ANY(class_ids);
  PERFORM online_totals_apply(array_agg("classId"), array_agg("subjectCode"), array_agg(date), array_agg(periods))
  FROM "OnlineLesson" WHERE "classId" = ANY(class_ids) AND status = 'confirmed';
END $$;

-- Only confirmed records count; an edit (status, date, periods, subject) is its old row out and its
-- new row in, netted before writing, so an edit that changes none of them writes nothing.
CREATE FUNCTION online_lesson_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM online_totals_apply(array_agg("classId"), array_agg("subjectCode"), array_agg(date), array_agg(periods))
    FROM new_rows WHERE status = 'confirmed';
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM online_totals_apply(array_agg("classId"), array_agg("subjectCode"), array_agg(date), array_agg(-periods))
    FROM old_rows WHERE status = 'confirmed';
  ELSE
    PERFORM online_totals_apply(array_agg(class_id), array_agg(subject), array_agg(day), array_agg(amount))
    FROM (
      SELECT "classId" AS class_id, "subjectCode" AS subject, date AS day, periods AS amount
      FROM new_rows WHERE status = 'confirmed'
      UNION ALL
      SELECT "classId", "subjectCode", date, -periods FROM old_rows WHERE status = 'confirmed'
    ) change;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER online_lesson_totals_insert AFTER INSERT ON "OnlineLesson"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION online_lesson_totals();
CREATE TRIGGER online_lesson_totals_update AFTER UPDATE ON "OnlineLesson"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION online_lesson_totals();
CREATE TRIGGER online_lesson_totals_delete AFTER DELETE ON "OnlineLesson"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION online_lesson_totals();

-- The terms come from the class's school year: a class moved to another year is recomputed.
CREATE FUNCTION class_online_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM online_totals_rebuild(array_agg(n.id))
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE o."schoolYearId" <> n."schoolYearId"
  HAVING count(*) > 0;
  RETURN NULL;
END $$;

CREATE TRIGGER class_online_totals AFTER UPDATE ON "Class"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION class_online_totals();

-- A year whose dates change: its classes' records may fall in other terms.
CREATE FUNCTION school_year_online_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM online_totals_rebuild(ARRAY(SELECT id FROM "Class" WHERE "schoolYearId" = NEW.id));
  RETURN NULL;
END $$;

CREATE TRIGGER school_year_online_totals AFTER UPDATE ON "SchoolYear" FOR EACH ROW
  WHEN (OLD."startDate" IS DISTINCT FROM NEW."startDate" OR OLD."endDate" IS DISTINCT FROM NEW."endDate"
        OR OLD."semester1End" IS DISTINCT FROM NEW."semester1End"
        OR OLD."semester2Start" IS DISTINCT FROM NEW."semester2Start")
  EXECUTE FUNCTION school_year_online_totals();

-- Backfill from the records already there.
SELECT online_totals_rebuild(ARRAY(SELECT id FROM "Class"));
