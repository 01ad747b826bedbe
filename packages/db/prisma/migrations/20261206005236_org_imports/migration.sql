-- CreateTable
CREATE TABLE "OrgImport" (
    "id" UUID NOT NULL,
    "provinceId" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "blobKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progress" JSONB NOT NULL DEFAULT '{}',
    "errors" JSONB NOT NULL DEFAULT '[]',
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "OrgImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgImportCredential" (
    "importId" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "sheet" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "fullName" TEXT NOT NULL,
    "secret" TEXT NOT NULL,

    CONSTRAINT "OrgImportCredential_pkey" PRIMARY KEY ("importId","username")
);

-- CreateIndex
CREATE INDEX "OrgImport_provinceId_createdAt_idx" ON "OrgImport"("provinceId", "createdAt");

-- AddForeignKey
ALTER TABLE "OrgImportCredential" ADD CONSTRAINT "OrgImportCredential_importId_fkey" FOREIGN KEY ("importId") REFERENCES "OrgImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
