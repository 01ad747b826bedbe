-- "Test" (đề kiểm tra) becomes "Exam" in code (issue 17, item 10). Renames only: every row, key and
-- reference is kept; constraints and indexes take the names Prisma gives the renamed models.

-- RenameTables
ALTER TABLE "Test" RENAME TO "Exam";
ALTER TABLE "TestItem" RENAME TO "ExamItem";
ALTER TABLE "TestVersion" RENAME TO "ExamVersion";

-- RenameColumns
ALTER TABLE "ExamItem" RENAME COLUMN "testId" TO "examId";
ALTER TABLE "ExamVersion" RENAME COLUMN "testId" TO "examId";
ALTER TABLE "Assignment" RENAME COLUMN "testId" TO "examId";

-- RenamePrimaryKeys
ALTER TABLE "Exam" RENAME CONSTRAINT "Test_pkey" TO "Exam_pkey";
ALTER TABLE "ExamItem" RENAME CONSTRAINT "TestItem_pkey" TO "ExamItem_pkey";
ALTER TABLE "ExamVersion" RENAME CONSTRAINT "TestVersion_pkey" TO "ExamVersion_pkey";

-- RenameForeignKeys
ALTER TABLE "Exam" RENAME CONSTRAINT "Test_subjectCode_fkey" TO "Exam_subjectCode_fkey";
ALTER TABLE "Exam" RENAME CONSTRAINT "Test_authorId_fkey" TO "Exam_authorId_fkey";
ALTER TABLE "ExamItem" RENAME CONSTRAINT "TestItem_testId_fkey" TO "ExamItem_examId_fkey";
ALTER TABLE "ExamItem" RENAME CONSTRAINT "TestItem_questionId_fkey" TO "ExamItem_questionId_fkey";
ALTER TABLE "ExamItem" RENAME CONSTRAINT "TestItem_questionVersionId_fkey" TO "ExamItem_questionVersionId_fkey";
ALTER TABLE "ExamVersion" RENAME CONSTRAINT "TestVersion_testId_fkey" TO "ExamVersion_examId_fkey";
ALTER TABLE "Assignment" RENAME CONSTRAINT "Assignment_testId_fkey" TO "Assignment_examId_fkey";

-- RenameIndexes
ALTER INDEX "Test_authorId_idx" RENAME TO "Exam_authorId_idx";
ALTER INDEX "TestItem_testId_key_key" RENAME TO "ExamItem_examId_key_key";
ALTER INDEX "TestVersion_testId_code_key" RENAME TO "ExamVersion_examId_code_key";
ALTER INDEX "Assignment_testId_idx" RENAME TO "Assignment_examId_idx";
