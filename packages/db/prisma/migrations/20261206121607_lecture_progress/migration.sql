-- AlterTable
ALTER TABLE "Upload" ADD COLUMN     "scorm" JSONB;

-- CreateTable
CREATE TABLE "LectureProgress" (
    "id" UUID NOT NULL,
    "materialId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "completionStatus" TEXT NOT NULL DEFAULT 'not attempted',
    "successStatus" TEXT NOT NULL DEFAULT 'unknown',
    "lessonStatus" TEXT,
    "scoreRaw" DOUBLE PRECISION,
    "scoreMin" DOUBLE PRECISION,
    "scoreMax" DOUBLE PRECISION,
    "scoreScaled" DOUBLE PRECISION,
    "location" TEXT NOT NULL DEFAULT '',
    "suspendData" TEXT NOT NULL DEFAULT '',
    "exit" TEXT NOT NULL DEFAULT '',
    "sessionId" UUID,
    "sessionBaseSeconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sessionSeconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "totalSeconds" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "finishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LectureProgress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LectureProgress_userId_idx" ON "LectureProgress"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "LectureProgress_materialId_userId_key" ON "LectureProgress"("materialId", "userId");

-- AddForeignKey
ALTER TABLE "LectureProgress" ADD CONSTRAINT "LectureProgress_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LectureProgress" ADD CONSTRAINT "LectureProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
