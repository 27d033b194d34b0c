/*
  Warnings:

  - You are about to drop the column `voice` on the `Brand` table. All the data in the column will be lost.

*/
-- CreateEnum
CREATE TYPE "Urgency" AS ENUM ('ROUTINE', 'PROMPT', 'URGENT');

-- AlterTable
ALTER TABLE "Brand" DROP COLUMN "voice";

-- AlterTable
ALTER TABLE "Draft" ADD COLUMN     "fallbackReason" TEXT,
ADD COLUMN     "flags" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "model" TEXT,
ADD COLUMN     "parts" JSONB,
ADD COLUMN     "tone" TEXT,
ADD COLUMN     "voiceReport" JSONB,
ADD COLUMN     "voiceScore" INTEGER,
ADD COLUMN     "voiceVersionId" TEXT;

-- AlterTable
ALTER TABLE "Property" ADD COLUMN     "profile" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "analysis" JSONB,
ADD COLUMN     "analysisVersion" TEXT,
ADD COLUMN     "sentiment" TEXT,
ADD COLUMN     "urgency" "Urgency" NOT NULL DEFAULT 'ROUTINE';

-- CreateTable
CREATE TABLE "VoiceGuidelines" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "brandId" TEXT,
    "propertyId" TEXT,
    "version" INTEGER NOT NULL,
    "rules" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VoiceGuidelines_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LlmCall" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "draftId" TEXT,
    "provider" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "promptVersion" TEXT NOT NULL,
    "promptTokens" INTEGER NOT NULL DEFAULT 0,
    "completionTokens" INTEGER NOT NULL DEFAULT 0,
    "costMicros" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LlmCall_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VoiceGuidelines_organizationId_idx" ON "VoiceGuidelines"("organizationId");

-- CreateIndex
CREATE INDEX "VoiceGuidelines_createdById_idx" ON "VoiceGuidelines"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "VoiceGuidelines_brandId_version_key" ON "VoiceGuidelines"("brandId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "VoiceGuidelines_propertyId_version_key" ON "VoiceGuidelines"("propertyId", "version");

-- CreateIndex
CREATE INDEX "LlmCall_organizationId_createdAt_idx" ON "LlmCall"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "LlmCall_draftId_idx" ON "LlmCall"("draftId");

-- CreateIndex
CREATE INDEX "Review_organizationId_urgency_replyState_idx" ON "Review"("organizationId", "urgency", "replyState");

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_voiceVersionId_fkey" FOREIGN KEY ("voiceVersionId") REFERENCES "VoiceGuidelines"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoiceGuidelines" ADD CONSTRAINT "VoiceGuidelines_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoiceGuidelines" ADD CONSTRAINT "VoiceGuidelines_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoiceGuidelines" ADD CONSTRAINT "VoiceGuidelines_propertyId_fkey" FOREIGN KEY ("propertyId") REFERENCES "Property"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoiceGuidelines" ADD CONSTRAINT "VoiceGuidelines_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LlmCall" ADD CONSTRAINT "LlmCall_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LlmCall" ADD CONSTRAINT "LlmCall_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE SET NULL ON UPDATE CASCADE;
