-- AlterTable: code is added nullable, backfilled from each topic's place in its tree, then required.
ALTER TABLE "Topic" ADD COLUMN     "code" TEXT,
ADD COLUMN     "outcomes" TEXT,
ADD COLUMN     "retiredAt" TIMESTAMPTZ(3),
ADD COLUMN     "series" TEXT NOT NULL DEFAULT '';

-- Backfill: chapters "<SUBJECT>-<grade>-C<n>" in position order, lessons "<chapter code>-B<n>".
WITH chapters AS (
  SELECT "id",
         (CASE "subjectCode" WHEN 'khoa-hoc-tu-nhien' THEN 'KHTN' ELSE upper(replace("subjectCode", '-', '')) END)
           || '-' || "grade" || '-C'
           || row_number() OVER (PARTITION BY "subjectCode", "grade" ORDER BY "position", "createdAt", "id") AS code
  FROM "Topic" WHERE "parentId" IS NULL
)
UPDATE "Topic" t SET "code" = c.code FROM chapters c WHERE t."id" = c."id";

WITH lessons AS (
  SELECT l."id",
         p."code" || '-B' || row_number() OVER (PARTITION BY l."parentId" ORDER BY l."position", l."createdAt", l."id") AS code
  FROM "Topic" l JOIN "Topic" p ON p."id" = l."parentId"
)
UPDATE "Topic" t SET "code" = l.code FROM lessons l WHERE t."id" = l."id";

ALTER TABLE "Topic" ALTER COLUMN "code" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Topic_subjectCode_grade_series_code_key" ON "Topic"("subjectCode", "grade", "series", "code");
