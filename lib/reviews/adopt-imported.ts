import type { Db } from "../db";
import type { PlatformConnection, Prisma } from "../generated/prisma/client";
import type { NormalizedReview } from "../platforms/types";
import { recordAudit, SYSTEM } from "../audit";
import { IMPORT_CHANNELS } from "./import/channels";
import { sameReview, TWO_DAYS_MS, words } from "./import/tripadvisor-overlap";

// A Tripadvisor review is in Lobby once, whichever came first: the file import (lib/reviews/import/,
// see tripadvisor-overlap.ts for that side) or the Tripadvisor API connection, which reads only the
// newest reviews. When the poll meets a review imported from a file, it takes that review over instead
// of storing a copy: same row, so its drafts, reply and audit trail stay with it.

type Connection = Pick<PlatformConnection, "id" | "organizationId" | "propertyId">;

/** A stored review the page may meet: the connection's own, or one in the MANUAL "Tripadvisor" channel. */
type Imported = {
  id: string; connectionId: string; externalId: string; authorName: string; publishedAt: Date; title: string | null; text: string | null;
  rating: number | null; existingReplyText: string | null;
  /** From the raw row of a file import; null on a review the API brought. */
  source: string | null; tripadvisorReviewId: string | null; importId: string | null; rowNumber: number | null;
};

/**
 * Before a Tripadvisor API connection's page is stored: links the page's reviews that were imported
 * from a file to the connection (see linkImported), and returns the page with the replies that only the
 * file knew put back, so storing it neither records a spurious edit nor clears a reply. Tripadvisor
 * pages are a few reviews every quarter of an hour; other platforms never come here.
 */
export async function adoptImportedReviews(db: Db, connection: Connection, reviews: NormalizedReview[]): Promise<NormalizedReview[]> {
  // The import stores its rows that carry a Tripadvisor id through here too: the file's own, nothing to adopt.
  if (reviews.length === 0 || reviews.some((r) => isFromFile(r.raw))) return reviews;
  const found = await candidates(db, connection, reviews);
  const held = new Map(found.filter((r) => r.connectionId === connection.id).map((r) => [r.externalId, r]));
  const manual = found.filter((r) => r.connectionId !== connection.id);
  const linkedNow = new Set<string>();
  for (const review of reviews) {
    const own = held.get(review.externalId);
    // Imported under this connection with its Tripadvisor id, not yet seen by the API.
    const imported = own ? (own.source === "file-import" && !linkedNow.has(own.id) ? own : null) : takeMatch(manual, review);
    if (!imported) continue;
    if (await linkImported(db, connection, imported, review)) {
      linkedNow.add(imported.id);
      held.set(review.externalId, { ...imported, connectionId: connection.id, externalId: review.externalId });
    }
  }
  return withImportedReplies(db, connection, reviews, held, linkedNow);
}

const isFromFile = (raw: unknown) => !!raw && typeof raw === "object" && (raw as { source?: unknown }).source === "file-import";

/**
 * In one round trip: the page's reviews the connection holds, and the property's reviews in the
 * MANUAL "Tripadvisor" channel that may be some of them (by Tripadvisor id, or published near them).
 */
function candidates(db: Db, connection: Connection, reviews: NormalizedReview[]): Promise<Imported[]> {
  const ids = reviews.map((r) => r.externalId);
  const times = reviews.map((r) => r.publishedAt.getTime());
  const from = new Date(Math.min(...times) - TWO_DAYS_MS);
  const to = new Date(Math.max(...times) + TWO_DAYS_MS);
  const channel = IMPORT_CHANNELS.TRIPADVISOR.name.toLowerCase();
  // Two index lookups: the connection's own by (connection, external id); the channel's through its
  // connection (found by property) and the publishing time or Tripadvisor id of its reviews.
  return db.$queryRaw<Imported[]>`
    SELECT r."id", r."connectionId", r."externalId", r."authorName", r."publishedAt", r."title", r."text", r."rating", r."existingReplyText",
      r."raw"->>'source' AS "source", r."raw"->>'tripadvisorReviewId' AS "tripadvisorReviewId", r."raw"->>'importId' AS "importId",
      CASE WHEN jsonb_typeof(r."raw"->'rowNumber') = 'number' THEN (r."raw"->>'rowNumber')::int END AS "rowNumber", r."createdAt"
    FROM "Review" r
    WHERE r."connectionId" = ${connection.id} AND r."externalId" = ANY(${ids}::text[])
    UNION ALL
    SELECT r."id", r."connectionId", r."externalId", r."authorName", r."publishedAt", r."title", r."text", r."rating", r."existingReplyText",
      r."raw"->>'source', r."raw"->>'tripadvisorReviewId', r."raw"->>'importId',
      CASE WHEN jsonb_typeof(r."raw"->'rowNumber') = 'number' THEN (r."raw"->>'rowNumber')::int END, r."createdAt"
    FROM "PlatformConnection" c JOIN "Review" r ON r."connectionId" = c."id"
    WHERE c."propertyId" = ${connection.propertyId} AND c."organizationId" = ${connection.organizationId}
      AND c."platform" = 'MANUAL' AND lower(c."externalLocationId") = ${channel}
      AND (r."raw"->>'tripadvisorReviewId' = ANY(${ids}::text[]) OR r."publishedAt" BETWEEN ${from} AND ${to})
    ORDER BY "createdAt"`;
}

/** The imported review that is this one (by its Tripadvisor id, else by guest, words and day), removed from `candidates`. */
function takeMatch(candidates: Imported[], review: NormalizedReview): Imported | null {
  let index = candidates.findIndex((c) => c.tripadvisorReviewId === review.externalId);
  // A row that names another Tripadvisor review is not this one, however alike the words.
  if (index < 0) index = candidates.findIndex((c) => c.tripadvisorReviewId === null && sameReview(review, c));
  return index < 0 ? null : candidates.splice(index, 1)[0]!;
}

/**
 * Makes the imported review the connection's: its key becomes the API's, and it takes the API's dates
 * (the file gives a day, the API a time) and whatever the file lacked or wrote alike, so the store that
 * follows sees no edit. A real difference in the words is left for it to record as an edit. The reply
 * the file gave stays. False when another poll linked it first.
 */
async function linkImported(db: Db, connection: Connection, imported: Imported, review: NormalizedReview): Promise<boolean> {
  const alike = (file: string | null, api: string | null) => file === null || words(file) === words(api);
  const sameRating = imported.rating === null || imported.rating === review.rating;
  return db.$transaction(async (tx) => {
    const { count } = await tx.review.updateMany({
      where: { id: imported.id, connectionId: imported.connectionId, externalId: imported.externalId },
      data: {
        connectionId: connection.id,
        platform: "TRIPADVISOR",
        externalId: review.externalId,
        publishedAt: review.publishedAt,
        platformUpdatedAt: review.updatedAt,
        ...(alike(imported.title, review.title) ? { title: review.title } : {}),
        ...(alike(imported.text, review.text) ? { text: review.text } : {}),
        ...(sameRating ? { rating: review.rating, platformRating: review.platformRating, platformScale: review.platformScale } : {}),
        raw: review.raw as Prisma.InputJsonValue,
      },
    });
    if (count === 0) return false;
    await recordAudit(tx, {
      organizationId: connection.organizationId, actor: SYSTEM, action: "review.linked", entityType: "review", entityId: imported.id,
      data: {
        connectionId: connection.id, fromConnectionId: imported.connectionId, fromExternalId: imported.externalId,
        ...(imported.importId !== null ? { importId: imported.importId } : {}),
        ...(imported.rowNumber !== null ? { rowNumber: imported.rowNumber } : {}),
      },
    });
    return true;
  });
}

/**
 * The page with the reply text a file gave put back where the API shows none (its owner_response is not
 * known to be complete), for the reviews linked from an import, now or by an earlier poll.
 */
async function withImportedReplies(db: Db, connection: Connection, reviews: NormalizedReview[], held: ReadonlyMap<string, Imported>, linkedNow: ReadonlySet<string>) {
  const replyless = reviews.flatMap((r) => {
    const stored = held.get(r.externalId);
    return !r.existingReply && stored?.existingReplyText ? [stored] : [];
  });
  if (replyless.length === 0) return reviews;
  const earlier = replyless.filter((s) => !linkedNow.has(s.id));
  const linkedBefore = earlier.length === 0 ? [] : await db.auditEvent.findMany({
    where: { organizationId: connection.organizationId, entityType: "review", entityId: { in: earlier.map((s) => s.id) }, action: "review.linked" },
    select: { entityId: true },
  });
  const linked = new Set([...linkedNow, ...linkedBefore.map((e) => e.entityId)]);
  return reviews.map((r) => {
    const stored = held.get(r.externalId);
    return !r.existingReply && stored?.existingReplyText && linked.has(stored.id) ? { ...r, existingReply: { text: stored.existingReplyText, updatedAt: r.updatedAt } } : r;
  });
}
