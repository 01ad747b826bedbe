-- DropIndex
DROP INDEX "KpiTarget_kpi_scope_year_sourceDocument_key";

-- AlterTable
ALTER TABLE "SchoolYear" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "closedById" UUID,
ADD COLUMN     "semester1End" DATE,
ADD COLUMN     "semester2Start" DATE;

-- Existing years keep the split the reports used so far: semester 1 is the first 18 weeks.
UPDATE "SchoolYear" SET "semester2Start" = "startDate" + 126, "semester1End" = "startDate" + 125;
ALTER TABLE "SchoolYear" ALTER COLUMN "semester1End" SET NOT NULL,
ALTER COLUMN "semester2Start" SET NOT NULL;

-- AlterTable
ALTER TABLE "Class" ADD COLUMN     "rolledFromId" UUID;

-- CreateTable
CREATE TABLE "KpiTargetChange" (
    "id" UUID NOT NULL,
    "targetId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "fromPercent" DECIMAL(5,2),
    "toPercent" DECIMAL(5,2) NOT NULL,
    "fromDocument" TEXT,
    "toDocument" TEXT NOT NULL,
    "changedById" UUID,
    "changedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KpiTargetChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "KpiTargetChange_targetId_changedAt_idx" ON "KpiTargetChange"("targetId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Class_rolledFromId_key" ON "Class"("rolledFromId");

-- The shipped targets name their real source documents. Only the wording changes: a percent an
-- officer edited is kept. Trà Vinh's targets (another province's decision) are dropped where the
-- province's own plan sets the same indicator, or where nobody has adopted them by editing.
DELETE FROM "KpiTarget" t
WHERE t."sourceDocument" = 'QĐ 1293/QĐ-UBND Trà Vinh (seed 004)'
  AND (t."updatedById" IS NULL
       OR EXISTS (SELECT 1 FROM "KpiTarget" o
                  WHERE o.id <> t.id AND o.kpi = t.kpi AND o.scope = t.scope AND o.year = t.year
                    AND o."updatedById" IS NOT NULL));
-- One target per indicator, scope and year: of any duplicates left, the last edited one stays.
DELETE FROM "KpiTarget" t
WHERE EXISTS (SELECT 1 FROM "KpiTarget" o
              WHERE o.kpi = t.kpi AND o.scope = t.scope AND o.year = t.year AND o.id <> t.id
                AND (o."updatedById" IS NOT NULL, o."updatedAt", o.id)
                    > (t."updatedById" IS NOT NULL, t."updatedAt", t.id));
UPDATE "KpiTarget" SET "sourceDocument" = CASE
    WHEN "sourceDocument" = 'Kế hoạch chuyển đổi số ngành GDĐT Tuyên Hoá năm 2024 (seed 001)'
      OR "sourceDocument" = 'Tuyên Hoá 2024 (seed 001)'
      THEN 'Kế hoạch thực hiện chuyển đổi số ngành Giáo dục và Đào tạo Tuyên Hoá năm 2024 của Phòng GDĐT Tuyên Hoá'
    WHEN "sourceDocument" = 'QĐ 1293/QĐ-UBND Trà Vinh (seed 004)'
      THEN 'Quyết định số 1293/QĐ-UBND ngày 13/7/2022 của UBND tỉnh Trà Vinh'
    ELSE 'Kế hoạch số 1414/KH-UBND ngày 09/8/2022 của UBND tỉnh Quảng Bình'
  END
WHERE "sourceDocument" LIKE '%(seed 00%';

-- CreateIndex
CREATE UNIQUE INDEX "KpiTarget_kpi_scope_year_key" ON "KpiTarget"("kpi", "scope", "year");

-- AddForeignKey
ALTER TABLE "KpiTargetChange" ADD CONSTRAINT "KpiTargetChange_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "KpiTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;
