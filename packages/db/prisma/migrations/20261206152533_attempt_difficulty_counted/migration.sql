-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "difficultyCountedAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Attempt_difficultyCountedAt_status_idx" ON "Attempt"("difficultyCountedAt", "status");

-- Attempts graded before this release are left out of the estimates (counting the whole history at the
-- first start after an upgrade would be a long background job): they count as counted.
UPDATE "Attempt" SET "difficultyCountedAt" = COALESCE("submittedAt", CURRENT_TIMESTAMP) WHERE status = 'submitted';
