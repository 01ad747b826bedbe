-- AlterTable
ALTER TABLE "User" DROP COLUMN "failedLoginCount",
DROP COLUMN "lockedUntil";

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "userId" UUID,
    "failures" INTEGER NOT NULL,
    "lastFailedAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "LoginThrottle_userId_idx" ON "LoginThrottle"("userId");

-- CreateIndex
CREATE INDEX "LoginThrottle_lastFailedAt_idx" ON "LoginThrottle"("lastFailedAt");

-- AddForeignKey
ALTER TABLE "LoginThrottle" ADD CONSTRAINT "LoginThrottle_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
