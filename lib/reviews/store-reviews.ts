import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { PlatformConnection } from "../generated/prisma/client";
import type { NormalizedReview } from "../platforms/types";
import { detectLanguage } from "./language";
import { recordAudit, SYSTEM } from "../audit";
import { OPEN_STATES } from "./reply-states";
import type { Platform, ReplyState } from "../generated/prisma/enums";
import { REPLY_RULES } from "../platforms/reply-rules";

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
      select: { id: true, platformUpdatedAt: true, title: true, text: true, rating: true, existingReplyText: true, replyState: true, deletedAt: true },
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
      deletedAt: null,
    };
    if (existing) {
      const change = describeChange(existing, review, fields.existingReplyText);
      if (!change) {
        result.unchanged++;
        continue;
      }
      await applyChange(db, connection.organizationId, existing, fields, change);
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
            replyState: initialReplyState(connection.platform, review),
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

type Existing = { id: string; platformUpdatedAt: Date; title: string | null; text: string | null; rating: number | null; existingReplyText: string | null; replyState: ReplyState; deletedAt: Date | null };
type Change = { content: boolean; replyAppeared: boolean; restored: boolean };

/** What differs between the stored review and the platform's version, or null when nothing does. */
function describeChange(existing: Existing, review: NormalizedReview, replyText: string | null): Change | null {
  const content =
    existing.platformUpdatedAt.getTime() !== review.updatedAt.getTime() ||
    existing.text !== review.text ||
    existing.title !== review.title ||
    existing.rating !== review.rating;
  const replyChanged = replyText !== existing.existingReplyText;
  // A reply showing up while nobody in Lobby sent one was written on the platform itself.
  const replyAppeared = replyChanged && replyText !== null && OPEN_STATES.includes(existing.replyState);
  const restored = existing.deletedAt !== null;
  if (!content && !replyChanged && !restored) return null;
  return { content, replyAppeared, restored };
}

/** Updates the review in place, keeping what the guest wrote before as a revision, with the audit trail. */
async function applyChange(db: Db, organizationId: string, existing: Existing, fields: Prisma.ReviewUpdateInput, change: Change) {
  await db.$transaction(async (tx) => {
    if (change.content) {
      await tx.reviewRevision.create({
        data: { reviewId: existing.id, rating: existing.rating, title: existing.title, text: existing.text, platformUpdatedAt: existing.platformUpdatedAt },
      });
    }
    await tx.review.update({ where: { id: existing.id }, data: { ...fields, ...(change.replyAppeared ? { replyState: "ANSWERED_ON_PLATFORM" } : {}) } });
    const actions = [
      change.content ? "review.edited_on_platform" : null,
      change.replyAppeared ? "review.answered_on_platform" : null,
      change.restored ? "review.restored_on_platform" : null,
    ].filter((a): a is string => a !== null);
    for (const action of actions) {
      await recordAudit(tx, { organizationId, actor: SYSTEM, action, entityType: "review", entityId: existing.id });
    }
  });
}

/** Marks the connection's reviews that a complete listing no longer shows as deleted (kept, never dropped). */
export async function markDeletedReviews(db: Db, connection: { id: string; organizationId: string }, seen: ReadonlySet<string>): Promise<number> {
  const stored = await db.review.findMany({ where: { connectionId: connection.id, deletedAt: null }, select: { id: true, externalId: true } });
  const gone = stored.filter((r) => !seen.has(r.externalId));
  for (const review of gone) {
    await db.$transaction(async (tx) => {
      await tx.review.update({ where: { id: review.id }, data: { deletedAt: new Date() } });
      await recordAudit(tx, { organizationId: connection.organizationId, actor: SYSTEM, action: "review.deleted_on_platform", entityType: "review", entityId: review.id });
    });
  }
  return gone.length;
}

/** Where a newly seen review starts: answered already, impossible to answer, or waiting for a draft. */
function initialReplyState(platform: Platform, review: NormalizedReview): ReplyState {
  if (review.existingReply) return "ANSWERED_ON_PLATFORM";
  if (REPLY_RULES[platform].needsReviewText && !review.text) return "REPLY_NOT_ACCEPTED";
  return "AWAITING_DRAFT";
}
