-- AlterEnum
ALTER TYPE "ReleasePolicy" ADD VALUE 'practice';
