import type { Db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { PlatformConnection } from "../generated/prisma/client";
import type { NormalizedReview } from "../platforms/types";
import { detectLanguage } from "./language";
import { recordAudit, SYSTEM } from "../audit";
import { storePage, type NewReviewRow, type PageOutcome, type StoredReview } from "./store-page";
import { OPEN_STATES } from "./reply-states";
import type { Platform, ReplyState } from "../generated/prisma/enums";
import { REPLY_RULES } from "../platforms/reply-rules";
import { adoptImportedReviews } from "./adopt-imported";

export type StoreResult = { created: number; updated: number; unchanged: number; needDraft: string[] };

function languageOf(review: NormalizedReview): string | null {
  if (review.language) return review.language;
  const text = [review.title, review.text].filter(Boolean).join(". ");
  return text ? (detectLanguage(text)?.language ?? null) : null;
}

type Connection = Pick<PlatformConnection, "id" | "organizationId" | "propertyId" | "platform">;

/**
 * Stores one page of a connection's reviews, keyed by (connection, external id). Storing the same page
 * again changes nothing; an edited review is updated in place. `needDraft` lists the reviews seen for
 * the first time that have no reply on the platform yet.
 *
 * The page goes to PostgreSQL in one statement whatever its size (see storePage). Edits, restores and
 * replies written on the platform are rare and take a transaction each. A review the page repeats is
 * stored after the rest, so it meets the copy stored a moment before, as it would one at a time.
 */
export async function storeReviews(db: Db, connection: Connection, page: NormalizedReview[]): Promise<StoreResult> {
  // Tripadvisor's newest reviews may be in Lobby already, imported from a file: taken over, not copied.
  const reviews = connection.platform === "TRIPADVISOR" ? await adoptImportedReviews(db, connection, page) : page;
  const result: StoreResult = { created: 0, updated: 0, unchanged: 0, needDraft: [] };
  const firsts = new Map<string, NewReviewRow>();
  const repeats: NewReviewRow[] = [];
  for (const review of reviews) {
    const row = incomingRow(connection.platform, review);
    if (firsts.has(row.externalId)) repeats.push(row);
    else firsts.set(row.externalId, row);
  }
  await settle(db, connection, await storePage(db, connection, [...firsts.values()]), firsts, result);
  for (const row of repeats) await settle(db, connection, await storePage(db, connection, [row]), new Map([[row.externalId, row]]), result);
  return result;
}

/** Counts what storePage did with each review, and applies the changes it found to stored ones. */
async function settle(db: Db, connection: Connection, outcomes: PageOutcome[], rows: ReadonlyMap<string, NewReviewRow>, result: StoreResult) {
  for (const outcome of outcomes) {
    if (outcome.kind === "inserted") {
      result.created++;
      if (outcome.replyState === "AWAITING_DRAFT") result.needDraft.push(outcome.id);
    } else if (outcome.kind === "raced") {
      // Another poll stored it between our read and our insert: the same review, not a new one.
      result.unchanged++;
    } else {
      await storeKnown(db, connection.organizationId, outcome.stored, rows.get(outcome.externalId)!, result);
    }
  }
}

/** The platform's version of a review as Lobby stores it, its language detected when the platform gave none. */
function incomingRow(platform: Platform, review: NormalizedReview): NewReviewRow {
  return {
    externalId: review.externalId,
    authorName: review.authorName,
    rating: review.rating,
    platformRating: review.platformRating,
    platformScale: review.platformScale,
    title: review.title,
    text: review.text,
    language: languageOf(review),
    publishedAt: review.publishedAt,
    platformUpdatedAt: review.updatedAt,
    replyState: initialReplyState(platform, review),
    existingReplyText: review.existingReply?.text ?? null,
    raw: review.raw,
  };
}

/** A review already stored: nothing to do, or an edit, a restore or a reply written on the platform. */
async function storeKnown(db: Db, organizationId: string, stored: StoredReview, incoming: NewReviewRow, result: StoreResult) {
  const change = describeChange(stored, incoming);
  if (!change) {
    result.unchanged++;
    return;
  }
  const { externalId: _key, replyState: _initialState, raw, ...fields } = incoming;
  await applyChange(db, organizationId, stored, { ...fields, raw: raw as Prisma.InputJsonValue, deletedAt: null }, change);
  result.updated++;
}

type Change = { content: boolean; replyAppeared: boolean; restored: boolean };

/** What differs between the stored review and the platform's version, or null when nothing does. */
function describeChange(existing: StoredReview, incoming: NewReviewRow): Change | null {
  const content =
    existing.platformUpdatedAt.getTime() !== incoming.platformUpdatedAt.getTime() ||
    existing.text !== incoming.text ||
    existing.title !== incoming.title ||
    existing.rating !== incoming.rating;
  const replyText = incoming.existingReplyText;
  const replyChanged = replyText !== existing.existingReplyText;
  // A reply showing up while nobody in Lobby sent one was written on the platform itself.
  const replyAppeared = replyChanged && replyText !== null && OPEN_STATES.includes(existing.replyState);
  const restored = existing.deletedAt !== null;
  if (!content && !replyChanged && !restored) return null;
  return { content, replyAppeared, restored };
}

/** Updates the review in place, keeping what the guest wrote before as a revision, with the audit trail. */
async function applyChange(db: Db, organizationId: string, existing: StoredReview, fields: Prisma.ReviewUpdateInput, change: Change) {
  await db.$transaction(async (tx) => {
    if (change.content) {
      await tx.reviewRevision.create({
        data: { reviewId: existing.id, rating: existing.rating, title: existing.title, text: existing.text, platformUpdatedAt: existing.platformUpdatedAt },
      });
    }
    // An edited text is analysed afresh by the next housekeeping round (lib/reviews/analyse-review.ts).
    const reanalyse = change.content ? { analysisVersion: null } : {};
    await tx.review.update({ where: { id: existing.id }, data: { ...fields, ...reanalyse, ...(change.replyAppeared ? { replyState: "ANSWERED_ON_PLATFORM" } : {}) } });
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
  // Only the missing ones come back, not the connection's whole list of reviews.
  const gone = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Review"
    WHERE "connectionId" = ${connection.id} AND "deletedAt" IS NULL AND NOT ("externalId" = ANY(${[...seen]}::text[]))`;
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
