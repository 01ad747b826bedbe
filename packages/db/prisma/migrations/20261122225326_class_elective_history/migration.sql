-- AlterTable
ALTER TABLE "Class" ADD COLUMN     "electiveHistory" JSONB NOT NULL DEFAULT '[]';
