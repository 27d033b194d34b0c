import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { PlatformConnection } from "../generated/prisma/client";
import type { NormalizedReview } from "../platforms/types";
import { detectLanguage } from "./language";

export type StoreResult = { created: number; updated: number; unchanged: number; needDraft: string[] };

const isUniqueViolation = (e: unknown) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

function languageOf(review: NormalizedReview): string | null {
  if (review.language) return review.language;
  const text = [review.title, review.text].filter(Boolean).join(". ");
  return text ? (detectLanguage(text)?.language ?? null) : null;
}

/**
 * Stores one page of a connection's reviews, keyed by (connection, external id). Storing the same page
 * again changes nothing; an edited review is updated in place. `needDraft` lists the reviews seen for
 * the first time that have no reply on the platform yet.
 */
export async function storeReviews(
  db: Db,
  connection: Pick<PlatformConnection, "id" | "organizationId" | "propertyId" | "platform">,
  reviews: NormalizedReview[],
): Promise<StoreResult> {
  const result: StoreResult = { created: 0, updated: 0, unchanged: 0, needDraft: [] };
  for (const review of reviews) {
    const existing = await db.review.findUnique({
      where: { connectionId_externalId: { connectionId: connection.id, externalId: review.externalId } },
      select: { id: true, platformUpdatedAt: true, text: true, rating: true },
    });
    const fields = {
      authorName: review.authorName,
      rating: review.rating,
      platformRating: review.platformRating,
      platformScale: review.platformScale,
      title: review.title,
      text: review.text,
      language: languageOf(review),
      publishedAt: review.publishedAt,
      platformUpdatedAt: review.updatedAt,
      existingReplyText: review.existingReply?.text ?? null,
      raw: review.raw as Prisma.InputJsonValue,
    };
    if (existing) {
      const changed =
        existing.platformUpdatedAt.getTime() !== review.updatedAt.getTime() ||
        existing.text !== review.text ||
        existing.rating !== review.rating;
      if (!changed) {
        result.unchanged++;
        continue;
      }
      await db.review.update({ where: { id: existing.id }, data: fields });
      result.updated++;
      continue;
    }
    try {
      const created = await db.review.create({
        data: {
          ...fields,
          organizationId: connection.organizationId,
          propertyId: connection.propertyId,
          connectionId: connection.id,
          platform: connection.platform,
          externalId: review.externalId,
          replyState: review.existingReply ? "ANSWERED_ON_PLATFORM" : "AWAITING_DRAFT",
        },
        select: { id: true, replyState: true },
      });
      result.created++;
      if (created.replyState === "AWAITING_DRAFT") result.needDraft.push(created.id);
    } catch (e) {
      // Another poll stored it a moment ago: that is the same review, not a new one.
      if (!isUniqueViolation(e)) throw e;
      result.unchanged++;
    }
  }
  return result;
}
