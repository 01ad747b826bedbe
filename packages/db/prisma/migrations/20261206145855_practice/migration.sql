-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "difficultyAnswers" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "estimatedDifficulty" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "PracticeAnswer" (
    "id" UUID NOT NULL,
    "studentId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "topicId" UUID,
    "score" DOUBLE PRECISION NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answer" JSONB NOT NULL,
    "abilityBefore" DOUBLE PRECISION NOT NULL,
    "abilityAfter" DOUBLE PRECISION NOT NULL,
    "answeredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicMastery" (
    "studentId" UUID NOT NULL,
    "topicId" UUID NOT NULL,
    "ability" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "answers" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TopicMastery_pkey" PRIMARY KEY ("studentId","topicId")
);

-- CreateTable
CREATE TABLE "PracticeReview" (
    "studentId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "topicId" UUID,
    "card" JSONB NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PracticeReview_pkey" PRIMARY KEY ("studentId","questionId")
);

-- CreateTable
CREATE TABLE "PracticeGoal" (
    "id" UUID NOT NULL,
    "classId" UUID NOT NULL,
    "topicIds" UUID[],
    "target" DOUBLE PRECISION NOT NULL DEFAULT 0.8,
    "dueOn" DATE NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeGoal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PracticeAnswer_studentId_answeredAt_idx" ON "PracticeAnswer"("studentId", "answeredAt");

-- CreateIndex
CREATE INDEX "PracticeAnswer_questionId_idx" ON "PracticeAnswer"("questionId");

-- CreateIndex
CREATE INDEX "PracticeAnswer_answeredAt_idx" ON "PracticeAnswer"("answeredAt");

-- CreateIndex
CREATE INDEX "TopicMastery_topicId_idx" ON "TopicMastery"("topicId");

-- CreateIndex
CREATE INDEX "PracticeReview_studentId_dueAt_idx" ON "PracticeReview"("studentId", "dueAt");

-- CreateIndex
CREATE INDEX "PracticeGoal_classId_idx" ON "PracticeGoal"("classId");

-- AddForeignKey
ALTER TABLE "PracticeAnswer" ADD CONSTRAINT "PracticeAnswer_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAnswer" ADD CONSTRAINT "PracticeAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicMastery" ADD CONSTRAINT "TopicMastery_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicMastery" ADD CONSTRAINT "TopicMastery_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeReview" ADD CONSTRAINT "PracticeReview_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeReview" ADD CONSTRAINT "PracticeReview_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeGoal" ADD CONSTRAINT "PracticeGoal_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;
