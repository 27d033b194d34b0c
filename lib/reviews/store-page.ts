import type { Db } from "../db";
import type { PlatformConnection } from "../generated/prisma/client";
import type { ReplyState } from "../generated/prisma/enums";
import { newId } from "../ids";

/** A review as the platform sent it, with what Lobby derived from it, ready to be inserted if it is new. */
export type NewReviewRow = {
  externalId: string;
  authorName: string;
  rating: number | null;
  platformRating: number | null;
  platformScale: number;
  title: string | null;
  text: string | null;
  language: string | null;
  publishedAt: Date;
  platformUpdatedAt: Date;
  replyState: ReplyState;
  existingReplyText: string | null;
  raw: unknown;
};

/** What was stored for a review before this page came, for telling an edit from a repeat. */
export type StoredReview = {
  id: string;
  externalId: string;
  platformUpdatedAt: Date;
  title: string | null;
  text: string | null;
  rating: number | null;
  existingReplyText: string | null;
  replyState: ReplyState;
  deletedAt: Date | null;
};

/** Per review of the page: inserted now, stored before, or neither (another poll stored it a moment ago). */
export type PageOutcome =
  | { externalId: string; kind: "inserted"; id: string; replyState: ReplyState }
  | { externalId: string; kind: "stored"; stored: StoredReview }
  | { externalId: string; kind: "raced" };

type OutcomeRow = {
  externalId: string;
  insertedId: string | null;
  insertedState: ReplyState | null;
  storedId: string | null;
  platformUpdatedAt: Date | null;
  title: string | null;
  text: string | null;
  rating: number | null;
  existingReplyText: string | null;
  replyState: ReplyState | null;
  deletedAt: Date | null;
};

/**
 * One statement, one round trip for a page: reads the stored versions of the page's reviews, inserts
 * the ones never seen with their "review.received" audit rows (both or neither), and says which was
 * which. The unique (connection, external id) key keeps concurrent polls from storing a review twice.
 * The page travels as one JSON parameter, each review's raw payload included. Prisma's
 * createManyAndReturn (skipDuplicates) plus createMany for the audit rows measured about seven times
 * slower for the same pages. External ids must be unique within `rows`.
 */
export async function storePage(
  db: Db,
  connection: Pick<PlatformConnection, "id" | "organizationId" | "propertyId" | "platform">,
  rows: NewReviewRow[],
): Promise<PageOutcome[]> {
  if (rows.length === 0) return [];
  const page = JSON.stringify(rows.map((row, position) => ({ ...row, id: newId(), auditId: newId(), raw: row.raw ?? null, position })));
  const found = await db.$queryRaw<OutcomeRow[]>`
    WITH input AS (
      SELECT * FROM jsonb_to_recordset(${page}::jsonb) AS t(
        "id" text, "auditId" text, "externalId" text, "authorName" text, "rating" int, "platformRating" float8, "platformScale" int,
        "title" text, "text" text, "language" text, "publishedAt" timestamptz, "platformUpdatedAt" timestamptz, "replyState" text,
        "existingReplyText" text, "raw" jsonb, "position" int)
    ), stored AS (
      SELECT r."id", r."externalId", r."platformUpdatedAt", r."title", r."text", r."rating", r."existingReplyText", r."replyState", r."deletedAt"
      FROM "Review" r
      WHERE r."connectionId" = ${connection.id} AND r."externalId" IN (SELECT "externalId" FROM input)
    ), inserted AS (
      INSERT INTO "Review" ("id", "organizationId", "propertyId", "connectionId", "platform", "externalId", "authorName", "rating",
        "platformRating", "platformScale", "title", "text", "language", "publishedAt", "platformUpdatedAt", "replyState",
        "existingReplyText", "raw", "createdAt", "updatedAt")
      SELECT i."id", ${connection.organizationId}, ${connection.propertyId}, ${connection.id}, ${connection.platform}::"Platform",
        i."externalId", i."authorName", i."rating", i."platformRating", i."platformScale", i."title", i."text", i."language",
        i."publishedAt" AT TIME ZONE 'UTC', i."platformUpdatedAt" AT TIME ZONE 'UTC', i."replyState"::"ReplyState",
        i."existingReplyText", i."raw", now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
      FROM input i
      WHERE i."externalId" NOT IN (SELECT "externalId" FROM stored)
      -- In the platform's order, as one review at a time would store them. Two polls storing the same
      -- reviews in opposite orders could deadlock; PostgreSQL then fails one, whose job is retried.
      ORDER BY i."position"
      ON CONFLICT ("connectionId", "externalId") DO NOTHING
      RETURNING "id", "externalId", "replyState"
    ), audited AS (
      INSERT INTO "AuditEvent" ("id", "organizationId", "actorKind", "action", "entityType", "entityId", "data", "createdAt")
      SELECT i."auditId", ${connection.organizationId}, 'SYSTEM'::"ActorKind", 'review.received', 'review', n."id", '{}'::jsonb, now() AT TIME ZONE 'UTC'
      FROM inserted n JOIN input i ON i."id" = n."id"
    )
    SELECT i."externalId", n."id" AS "insertedId", n."replyState"::text AS "insertedState",
      s."id" AS "storedId", s."platformUpdatedAt", s."title", s."text", s."rating", s."existingReplyText", s."replyState"::text AS "replyState", s."deletedAt"
    FROM input i
    LEFT JOIN inserted n ON n."externalId" = i."externalId"
    LEFT JOIN stored s ON s."externalId" = i."externalId"
    ORDER BY i."position"`;
  return found.map((row): PageOutcome => {
    if (row.insertedId && row.insertedState) return { externalId: row.externalId, kind: "inserted", id: row.insertedId, replyState: row.insertedState };
    if (row.storedId && row.platformUpdatedAt && row.replyState) {
      const { storedId, platformUpdatedAt, replyState, externalId, title, text, rating, existingReplyText, deletedAt } = row;
      return { externalId, kind: "stored", stored: { id: storedId, externalId, platformUpdatedAt, title, text, rating, existingReplyText, replyState, deletedAt } };
    }
    return { externalId: row.externalId, kind: "raced" };
  });
}
