-- CreateEnum
CREATE TYPE "AttemptEventKind" AS ENUM ('hidden', 'blur', 'device_changed', 'device_blocked', 'device_unlocked');

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "oneDevice" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "deviceId" TEXT,
ADD COLUMN     "deviceUnlocked" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AttemptEvent" (
    "id" UUID NOT NULL,
    "attemptId" UUID NOT NULL,
    "kind" "AttemptEventKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "durationMs" INTEGER,
    "deviceId" TEXT,
    "clientId" TEXT,

    CONSTRAINT "AttemptEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AttemptEvent_attemptId_at_idx" ON "AttemptEvent"("attemptId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "AttemptEvent_attemptId_clientId_key" ON "AttemptEvent"("attemptId", "clientId");

-- AddForeignKey
ALTER TABLE "AttemptEvent" ADD CONSTRAINT "AttemptEvent_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
