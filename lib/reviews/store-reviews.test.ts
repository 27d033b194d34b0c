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

describe("storing a page in one go", () => {
  let own: typeof connection;
  beforeAll(async () => {
    ({ connection: own } = await createHotelOnGoogle(db, { slug: `page-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/2", credentials: {} }));
  });
  // Its reviews wait for drafts nobody writes here: leave none for the suites that resume stalled drafts.
  afterAll(() => db.organization.delete({ where: { id: own.organizationId } }));

  const receivedAudits = (reviewId: string) => db.auditEvent.count({ where: { entityId: reviewId, action: "review.received" } });

  it("sorts a page mixing new, unchanged and edited reviews and a review repeated within it", async () => {
    await storeReviews(db, own, [review({ externalId: "same" }), review({ externalId: "edited" })]);
    const later = new Date("2026-10-09T12:00:00Z");
    const page = [
      review({ externalId: "same" }),
      review({ externalId: "edited", rating: 1, text: "Das Zimmer war leider schmutzig.", updatedAt: later }),
      review({ externalId: "new" }),
      review({ externalId: "answered", existingReply: { text: "Danke!", updatedAt: later } }),
      review({ externalId: "new" }), // the platform repeated it, unchanged
      review({ externalId: "twice" }),
      review({ externalId: "twice", text: "Zweite Fassung: das Frühstück war sehr gut.", updatedAt: later }), // and edited in between
    ];
    const result = await storeReviews(db, own, page);
    expect(result).toMatchObject({ created: 3, updated: 2, unchanged: 2 });

    const stored = await db.review.findMany({ where: { connectionId: own.id }, orderBy: { externalId: "asc" } });
    expect(stored.map((r) => [r.externalId, r.replyState])).toEqual([
      ["answered", "ANSWERED_ON_PLATFORM"],
      ["edited", "AWAITING_DRAFT"],
      ["new", "AWAITING_DRAFT"],
      ["same", "AWAITING_DRAFT"],
      ["twice", "AWAITING_DRAFT"],
    ]);
    const byExternalId = new Map(stored.map((r) => [r.externalId, r]));
    // Exactly the new reviews without a reply wait for a draft, each listed once.
    expect([...result.needDraft].sort()).toEqual([byExternalId.get("new")!.id, byExternalId.get("twice")!.id].sort());
    expect(byExternalId.get("edited")).toMatchObject({ rating: 1, text: "Das Zimmer war leider schmutzig." });
    expect(byExternalId.get("twice")).toMatchObject({ text: "Zweite Fassung: das Frühstück war sehr gut.", language: "de" });
    expect(await db.reviewRevision.count({ where: { reviewId: byExternalId.get("edited")!.id } })).toBe(1);
    expect(await db.reviewRevision.count({ where: { reviewId: byExternalId.get("twice")!.id } })).toBe(1);
    for (const externalId of ["new", "answered", "twice"]) expect(await receivedAudits(byExternalId.get(externalId)!.id)).toBe(1);
    expect(stored.every((r) => r.createdAt.getTime() <= r.updatedAt.getTime())).toBe(true);
    expect(byExternalId.get("new")!.publishedAt.toISOString()).toBe("2026-10-01T10:00:00.000Z");
    expect(byExternalId.get("new")!.raw).toEqual({ any: "thing" });

    // The page again, without the outdated copy of "twice": nothing changes.
    const again = page.filter((r, i) => !(r.externalId === "twice" && i === 5));
    expect(await storeReviews(db, own, again)).toEqual({ created: 0, updated: 0, unchanged: 6, needDraft: [] });
  });

  it("stores each review once when two polls store the same page at the same time", async () => {
    const page = Array.from({ length: 40 }, (_, i) => review({ externalId: `both-${String(i).padStart(2, "0")}`, authorName: `Guest ${i}` }));
    const [a, b] = await Promise.all([storeReviews(db, own, page), storeReviews(db, own, page)]);
    expect(a.created + b.created).toBe(40);
    expect(a.unchanged + b.unchanged).toBe(40);
    const asked = [...a.needDraft, ...b.needDraft];
    expect(asked).toHaveLength(40);
    expect(new Set(asked).size).toBe(40);
    const stored = await db.review.findMany({ where: { connectionId: own.id, externalId: { startsWith: "both-" } }, select: { id: true } });
    expect(stored).toHaveLength(40);
    expect(new Set(stored.map((r) => r.id))).toEqual(new Set(asked));
    expect(await db.auditEvent.count({ where: { entityId: { in: asked }, action: "review.received" } })).toBe(40);
  });
});
