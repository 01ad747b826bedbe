-- CreateEnum
CREATE TYPE "QuestionType" AS ENUM ('single_choice', 'multiple_select', 'true_false_group', 'short_answer', 'essay', 'group');

-- CreateEnum
CREATE TYPE "CognitiveLevel" AS ENUM ('biet', 'hieu', 'van_dung');

-- CreateTable
CREATE TABLE "Question" (
    "id" UUID NOT NULL,
    "type" "QuestionType" NOT NULL,
    "subjectCode" TEXT,
    "grade" INTEGER,
    "topicId" UUID,
    "learningOutcome" TEXT NOT NULL DEFAULT '',
    "level" "CognitiveLevel",
    "difficulty" INTEGER,
    "tags" TEXT[],
    "source" TEXT NOT NULL DEFAULT '',
    "authorId" UUID NOT NULL,
    "schoolId" UUID,
    "districtId" UUID,
    "provinceId" UUID,
    "scope" "ShareScope" NOT NULL DEFAULT 'private',
    "requestedScope" "ShareScope",
    "rejectionReason" TEXT,
    "audience" TEXT[],
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "stemText" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionVersion" (
    "id" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionDecision" (
    "id" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "scope" "ShareScope",
    "reason" TEXT,
    "actorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Question_authorId_idx" ON "Question"("authorId");

-- CreateIndex
CREATE INDEX "Question_schoolId_scope_idx" ON "Question"("schoolId", "scope");

-- CreateIndex
CREATE INDEX "Question_districtId_scope_idx" ON "Question"("districtId", "scope");

-- CreateIndex
CREATE INDEX "Question_provinceId_scope_idx" ON "Question"("provinceId", "scope");

-- CreateIndex
CREATE INDEX "Question_requestedScope_idx" ON "Question"("requestedScope");

-- CreateIndex
CREATE INDEX "Question_audience_idx" ON "Question" USING GIN ("audience");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionVersion_questionId_number_key" ON "QuestionVersion"("questionId", "number");

-- CreateIndex
CREATE INDEX "QuestionDecision_questionId_createdAt_idx" ON "QuestionDecision"("questionId", "createdAt");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_subjectCode_fkey" FOREIGN KEY ("subjectCode") REFERENCES "Subject"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionVersion" ADD CONSTRAINT "QuestionVersion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionDecision" ADD CONSTRAINT "QuestionDecision_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Near-duplicate detection compares stems by trigram similarity (pg_trgm, installed by init).
CREATE INDEX "Question_stemText_trgm_idx" ON "Question" USING GIN ("stemText" gin_trgm_ops);
