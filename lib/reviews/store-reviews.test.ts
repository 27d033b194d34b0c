import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import type { NormalizedReview } from "../platforms/types";
import { createHotelOnGoogle } from "@/prisma/factories";
import { storeReviews } from "./store-reviews";

const db = createDb();
let connection: Awaited<ReturnType<typeof createHotelOnGoogle>>["connection"];

const review = (over: Partial<NormalizedReview> = {}): NormalizedReview => ({
  externalId: "r-1",
  authorName: "Marta",
  rating: 4,
  platformRating: 4,
  platformScale: 5,
  title: null,
  text: "Das Frühstück war sehr gut und das Personal war freundlich.",
  language: null,
  publishedAt: new Date("2026-10-01T10:00:00Z"),
  updatedAt: new Date("2026-10-01T10:00:00Z"),
  existingReply: null,
  raw: { any: "thing" },
  ...over,
});

beforeAll(async () => {
  ({ connection } = await createHotelOnGoogle(db, { slug: `store-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/1", credentials: {} }));
});
afterAll(() => db.$disconnect());

describe("storing a page of reviews", () => {
  it("creates new reviews once, detects their language and asks for drafts only where no reply exists", async () => {
    const first = await storeReviews(db, connection, [
      review(),
      review({ externalId: "r-2", text: null, rating: 5, existingReply: { text: "Obrigado!", updatedAt: new Date() } }),
    ]);
    expect(first.created).toBe(2);
    expect(first.needDraft).toHaveLength(1);
    const stored = await db.review.findMany({ where: { connectionId: connection.id }, orderBy: { externalId: "asc" } });
    expect(stored.map((r) => [r.externalId, r.language, r.replyState])).toEqual([
      ["r-1", "de", "AWAITING_DRAFT"],
      ["r-2", null, "ANSWERED_ON_PLATFORM"],
    ]);
    expect(stored[1]!.existingReplyText).toBe("Obrigado!");

    const again = await storeReviews(db, connection, [review(), review({ externalId: "r-2", text: null, rating: 5, existingReply: { text: "Obrigado!", updatedAt: new Date() } })]);
    expect(again).toEqual({ created: 0, updated: 0, unchanged: 2, needDraft: [] });
  });

  it("updates an edited review in place", async () => {
    const edited = review({ rating: 2, text: "Leider war es sehr laut.", updatedAt: new Date("2026-10-05T08:00:00Z") });
    expect(await storeReviews(db, connection, [edited])).toMatchObject({ created: 0, updated: 1 });
    const stored = await db.review.findUniqueOrThrow({ where: { connectionId_externalId: { connectionId: connection.id, externalId: "r-1" } } });
    expect(stored).toMatchObject({ rating: 2, text: "Leider war es sehr laut." });
    expect(stored.platformUpdatedAt.toISOString()).toBe("2026-10-05T08:00:00.000Z");
    expect(await db.review.count({ where: { connectionId: connection.id } })).toBe(2);
    // What the guest wrote before is kept.
    const revisions = await db.reviewRevision.findMany({ where: { reviewId: stored.id } });
    expect(revisions).toEqual([expect.objectContaining({ rating: 4, text: "Das Frühstück war sehr gut und das Personal war freundlich." })]);
  });

  it("stops offering a reply once someone answered on the platform itself, and audits what came in", async () => {
    const withReply = review({ rating: 2, text: "Leider war es sehr laut.", updatedAt: new Date("2026-10-05T08:00:00Z"), existingReply: { text: "Danke für Ihr Feedback.", updatedAt: new Date() } });
    expect(await storeReviews(db, connection, [withReply])).toMatchObject({ updated: 1 });
    const stored = await db.review.findUniqueOrThrow({ where: { connectionId_externalId: { connectionId: connection.id, externalId: "r-1" } } });
    expect(stored).toMatchObject({ replyState: "ANSWERED_ON_PLATFORM", existingReplyText: "Danke für Ihr Feedback." });
    const actions = (await db.auditEvent.findMany({ where: { entityId: stored.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["review.received", "review.edited_on_platform", "review.answered_on_platform"]);
    // The reply alone changed: no new revision of the guest's words.
    expect(await db.reviewRevision.count({ where: { reviewId: stored.id } })).toBe(1);
  });
});
