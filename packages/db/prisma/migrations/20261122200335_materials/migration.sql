-- CreateEnum
CREATE TYPE "MaterialType" AS ENUM ('lecture', 'video', 'document', 'textbook', 'simulation', 'image', 'audio', 'other');

-- CreateEnum
CREATE TYPE "Licence" AS ENUM ('cc_by', 'cc_by_sa', 'cc_by_nc', 'all_rights_reserved');

-- CreateEnum
CREATE TYPE "ShareScope" AS ENUM ('private', 'school', 'district', 'province');

-- CreateEnum
CREATE TYPE "UploadStatus" AS ENUM ('pending', 'stored', 'rejected');

-- CreateTable
CREATE TABLE "Material" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "type" "MaterialType" NOT NULL,
    "level" "SchoolLevel",
    "grade" INTEGER,
    "subjectCode" TEXT,
    "tags" TEXT[],
    "licence" "Licence" NOT NULL,
    "authorId" UUID NOT NULL,
    "schoolId" UUID,
    "districtId" UUID,
    "provinceId" UUID,
    "scope" "ShareScope" NOT NULL DEFAULT 'private',
    "requestedScope" "ShareScope",
    "rejectionReason" TEXT,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "audience" TEXT[],
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "viewCount" INTEGER NOT NULL DEFAULT 0,
    "downloadCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaterialTopic" (
    "materialId" UUID NOT NULL,
    "topicId" UUID NOT NULL,

    CONSTRAINT "MaterialTopic_pkey" PRIMARY KEY ("materialId","topicId")
);

-- CreateTable
CREATE TABLE "MaterialVersion" (
    "id" UUID NOT NULL,
    "materialId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaterialVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaterialFile" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "uploadId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MaterialFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Upload" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "blobKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "declaredSize" BIGINT NOT NULL,
    "size" BIGINT,
    "contentType" TEXT,
    "category" TEXT,
    "sha256" TEXT,
    "status" "UploadStatus" NOT NULL DEFAULT 'pending',
    "rejectionReason" TEXT,
    "extractedText" TEXT,
    "thumbnailKey" TEXT,
    "durationSeconds" DOUBLE PRECISION,
    "entryPage" TEXT,
    "processedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Upload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareDecision" (
    "id" UUID NOT NULL,
    "materialId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "scope" "ShareScope",
    "reason" TEXT,
    "actorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShareDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OnlineLesson" (
    "id" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "subjectCode" TEXT NOT NULL,
    "materialId" UUID,
    "date" DATE NOT NULL,
    "periods" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "teacherId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OnlineLesson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "indexName" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Material_authorId_idx" ON "Material"("authorId");

-- CreateIndex
CREATE INDEX "Material_schoolId_scope_idx" ON "Material"("schoolId", "scope");

-- CreateIndex
CREATE INDEX "Material_districtId_scope_idx" ON "Material"("districtId", "scope");

-- CreateIndex
CREATE INDEX "Material_provinceId_scope_idx" ON "Material"("provinceId", "scope");

-- CreateIndex
CREATE INDEX "Material_requestedScope_idx" ON "Material"("requestedScope");

-- CreateIndex
CREATE INDEX "Material_audience_idx" ON "Material" USING GIN ("audience");

-- CreateIndex
CREATE INDEX "MaterialTopic_topicId_idx" ON "MaterialTopic"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "MaterialVersion_materialId_number_key" ON "MaterialVersion"("materialId", "number");

-- CreateIndex
CREATE INDEX "MaterialFile_uploadId_idx" ON "MaterialFile"("uploadId");

-- CreateIndex
CREATE UNIQUE INDEX "Upload_blobKey_key" ON "Upload"("blobKey");

-- CreateIndex
CREATE INDEX "Upload_sha256_idx" ON "Upload"("sha256");

-- CreateIndex
CREATE INDEX "Upload_ownerId_status_idx" ON "Upload"("ownerId", "status");

-- CreateIndex
CREATE INDEX "ShareDecision_materialId_createdAt_idx" ON "ShareDecision"("materialId", "createdAt");

-- CreateIndex
CREATE INDEX "OnlineLesson_classId_date_idx" ON "OnlineLesson"("classId", "date");

-- CreateIndex
CREATE INDEX "OnlineLesson_materialId_idx" ON "OnlineLesson"("materialId");

-- CreateIndex
CREATE INDEX "SearchOutbox_createdAt_idx" ON "SearchOutbox"("createdAt");

-- AddForeignKey
ALTER TABLE "Material" ADD CONSTRAINT "Material_subjectCode_fkey" FOREIGN KEY ("subjectCode") REFERENCES "Subject"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Material" ADD CONSTRAINT "Material_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Material" ADD CONSTRAINT "Material_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialTopic" ADD CONSTRAINT "MaterialTopic_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialTopic" ADD CONSTRAINT "MaterialTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialVersion" ADD CONSTRAINT "MaterialVersion_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialFile" ADD CONSTRAINT "MaterialFile_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "MaterialVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialFile" ADD CONSTRAINT "MaterialFile_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "Upload"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareDecision" ADD CONSTRAINT "ShareDecision_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineLesson" ADD CONSTRAINT "OnlineLesson_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineLesson" ADD CONSTRAINT "OnlineLesson_subjectCode_fkey" FOREIGN KEY ("subjectCode") REFERENCES "Subject"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OnlineLesson" ADD CONSTRAINT "OnlineLesson_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material"("id") ON DELETE SET NULL ON UPDATE CASCADE;
