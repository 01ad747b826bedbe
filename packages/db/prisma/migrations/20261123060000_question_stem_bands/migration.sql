-- Near-duplicate candidates by MinHash bands over a stem's trigrams (the same trigram sets whose
-- Jaccard index pg_trgm's similarity() is). The trigram index alone rechecks every stem sharing a
-- common trigram: about 1 s a stem on a bank of 1,000,000 questions. 24 min-hashes (one hash per
-- trigram under 24 linear permutations) in 8 bands of 3: two stems of similarity s share a band with
-- probability 1 - (1 - s^3)^8, i.e. 0.86 at 0.6, 0.97 at 0.7, 0.996 at 0.8, and 0.2 at 0.3.
-- Written by hand: Prisma's schema cannot express generated columns; the snapshot is unchanged.
CREATE FUNCTION question_stem_bands(stem text) RETURNS integer[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
-- Restores run with an empty search_path; show_trgm lives where pg_trgm was installed.
SET search_path FROM CURRENT
AS $$
  SELECT COALESCE(array_agg(hashtext(band::text || ':' || mins) ORDER BY band), '{}')
  FROM (
    SELECT p.k / 3 AS band, string_agg(p.m::text, ',' ORDER BY p.k) AS mins
    FROM (
      SELECT k, min((g.h * (2 * k + 1) * 40503 + k * 9973) & 2147483647) AS m
      FROM (SELECT hashtext(t)::bigint AS h FROM unnest(show_trgm(stem)) AS t) AS g
      CROSS JOIN generate_series(0, 23) AS k
      GROUP BY k
    ) AS p
    GROUP BY p.k / 3
  ) AS b
$$;

ALTER TABLE "Question" ADD COLUMN "stemBands" integer[] GENERATED ALWAYS AS (question_stem_bands("stemText")) STORED;
CREATE INDEX "Question_stemBands_idx" ON "Question" USING GIN ("stemBands");
-- The trigram index served only the `%` lookups these bands replace.
DROP INDEX "Question_stemText_trgm_idx";
