-- AlterTable
ALTER TABLE "PlatformConnection" ADD COLUMN     "backfillFinishedAt" TIMESTAMP(3),
ADD COLUMN     "backfillRequestedAt" TIMESTAMP(3),
ADD COLUMN     "backfillReviews" INTEGER NOT NULL DEFAULT 0;
