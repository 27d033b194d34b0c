import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { PlatformConnection } from "../generated/prisma/client";
import type { NormalizedReview } from "../platforms/types";
import { detectLanguage } from "./language";
import { recordAudit, SYSTEM } from "../audit";
import { OPEN_STATES } from "./reply-states";

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
      select: { id: true, platformUpdatedAt: true, text: true, rating: true, existingReplyText: true, replyState: true },
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
      const replyAppeared = fields.existingReplyText !== null && existing.existingReplyText !== fields.existingReplyText;
      const changed =
        existing.platformUpdatedAt.getTime() !== review.updatedAt.getTime() ||
        existing.text !== review.text ||
        existing.rating !== review.rating ||
        replyAppeared;
      if (!changed) {
        result.unchanged++;
        continue;
      }
      // Someone answered on the platform itself: Lobby must not publish over that reply.
      const answeredElsewhere = replyAppeared && OPEN_STATES.includes(existing.replyState);
      await db.$transaction(async (tx) => {
        await tx.review.update({ where: { id: existing.id }, data: { ...fields, ...(answeredElsewhere ? { replyState: "ANSWERED_ON_PLATFORM" } : {}) } });
        await recordAudit(tx, {
          organizationId: connection.organizationId,
          actor: SYSTEM,
          action: answeredElsewhere ? "review.answered_on_platform" : "review.edited_on_platform",
          entityType: "review",
          entityId: existing.id,
        });
      });
      result.updated++;
      continue;
    }
    try {
      const created = await db.$transaction(async (tx) => {
        const row = await tx.review.create({
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
        await recordAudit(tx, { organizationId: connection.organizationId, actor: SYSTEM, action: "review.received", entityType: "review", entityId: row.id });
        return row;
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
