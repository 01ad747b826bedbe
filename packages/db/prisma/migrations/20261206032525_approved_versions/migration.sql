-- AlterTable
ALTER TABLE "Material" ADD COLUMN     "approvedDescription" TEXT,
ADD COLUMN     "approvedTitle" TEXT,
ADD COLUMN     "approvedVersion" INTEGER;

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "approvedVersion" INTEGER;

-- Backfill: what is shared today was approved as it is now.
UPDATE "Material" SET "approvedVersion" = "currentVersion", "approvedTitle" = "title",
  "approvedDescription" = "description"
WHERE "scope" <> 'private';

UPDATE "Question" SET "approvedVersion" = "currentVersion" WHERE "scope" <> 'private';
