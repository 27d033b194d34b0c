-- CreateEnum
CREATE TYPE "ImportChannel" AS ENUM ('TRIPADVISOR', 'YELP', 'FACEBOOK', 'OTHER');

-- CreateEnum
CREATE TYPE "ReviewImportStatus" AS ENUM ('MAPPING', 'QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "ReviewImport" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "propertyId" TEXT NOT NULL,
    "connectionId" TEXT,
    "createdById" TEXT,
    "channel" "ImportChannel" NOT NULL,
    "channelName" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "fileFormat" TEXT NOT NULL,
    "sheet" JSONB,
    "settings" JSONB,
    "status" "ReviewImportStatus" NOT NULL DEFAULT 'MAPPING',
    "totalRows" INTEGER NOT NULL,
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "createdReviews" INTEGER NOT NULL DEFAULT 0,
    "updatedReviews" INTEGER NOT NULL DEFAULT 0,
    "unchangedReviews" INTEGER NOT NULL DEFAULT 0,
    "failedRows" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewImportRowError" (
    "id" TEXT NOT NULL,
    "importId" TEXT NOT NULL,
    "rowNumber" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "problem" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "ReviewImportRowError_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewImport_organizationId_createdAt_idx" ON "ReviewImport"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "ReviewImport_propertyId_idx" ON "ReviewImport"("propertyId");

-- CreateIndex
CREATE INDEX "ReviewImport_connectionId_idx" ON "ReviewImport"("connectionId");

-- CreateIndex
CREATE INDEX "ReviewImport_createdById_idx" ON "ReviewImport"("createdById");

-- CreateIndex
CREATE INDEX "ReviewImportRowError_importId_rowNumber_idx" ON "ReviewImportRowError"("importId", "rowNumber");

-- AddForeignKey
ALTER TABLE "ReviewImport" ADD CONSTRAINT "ReviewImport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewImport" ADD CONSTRAINT "ReviewImport_propertyId_fkey" FOREIGN KEY ("propertyId") REFERENCES "Property"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewImport" ADD CONSTRAINT "ReviewImport_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "PlatformConnection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewImport" ADD CONSTRAINT "ReviewImport_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewImportRowError" ADD CONSTRAINT "ReviewImportRowError_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ReviewImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
