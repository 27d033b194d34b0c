import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createHotelOnGoogle } from "@/prisma/factories";
import { draftPage } from "./draft-page";
import { draftReview } from "./draft-review";

// A page's new reviews are drafted by one job; one review that cannot be drafted is handed on and
// does not hold up the others.

const db = createDb();
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;
let ids: string[];

beforeAll(async () => {
  tenant = await createHotelOnGoogle(db, { slug: `page-drafts-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/77", credentials: {} });
  const at = new Date("2026-10-03T10:00:00Z");
  const texts = ["The breakfast was lovely and Marta at the desk was so kind.", "Room was noisy at night and the shower was cold.", "Great location near the river.", "Clean, quiet, friendly."];
  const made = await db.review.createManyAndReturn({
    data: texts.map((text, i) => ({
      organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE" as const,
      externalId: `page-${i}`, authorName: `Guest ${i}`, rating: 2 + i, platformScale: 5, text, language: "en", publishedAt: at, platformUpdatedAt: at, raw: {},
    })),
    select: { id: true },
  });
  ids = made.map((r) => r.id);
});

afterAll(async () => {
  await db.organization.delete({ where: { id: tenant.organization.id } });
  await db.$disconnect();
});

describe("drafting a page of reviews", () => {
  it("drafts every waiting review, hands on the one that fails, and skips them all when run again", async () => {
    const [broken, ...rest] = ids;
    const handedOn: string[] = [];
    const result = await draftPage(db, ids, {
      onFailure: async (reviewId) => void handedOn.push(reviewId),
      draft: (database, reviewId) => (reviewId === broken ? Promise.reject(new Error("provider down")) : draftReview(database, reviewId)),
    });
    expect(result).toEqual({ drafted: 3, skipped: 0, handedOn: 1 });
    expect(handedOn).toEqual([broken]);
    const states = await db.review.findMany({ where: { id: { in: ids } }, select: { id: true, replyState: true, drafts: { select: { id: true } } } });
    for (const review of states) {
      expect(review.replyState).toBe(review.id === broken ? "AWAITING_DRAFT" : "DRAFTED");
      expect(review.drafts).toHaveLength(review.id === broken ? 0 : 1);
    }

    const again = await draftPage(db, rest, { onFailure: async () => { throw new Error("not expected"); } });
    expect(again).toEqual({ drafted: 0, skipped: 3, handedOn: 0 });
  });

  it("fails the page when a failing review cannot be handed on, so its job is retried", async () => {
    await expect(
      draftPage(db, [ids[0]!], {
        onFailure: async () => { throw new Error("Redis is down"); },
        draft: () => Promise.reject(new Error("provider down")),
      }),
    ).rejects.toThrow("Redis is down");
  });

  it("when a review cannot be handed on, starts no other and throws only once the drafts under way have ended", async () => {
    const page = ["fails", "slow-1", "slow-2", "slow-3", "later-1", "later-2"];
    const started: string[] = [];
    const ended: string[] = [];
    const draft = async (_db: unknown, reviewId: string) => {
      started.push(reviewId);
      if (reviewId === "fails") throw new Error("provider down");
      await new Promise((resolve) => setTimeout(resolve, 50));
      ended.push(reviewId);
      return null;
    };
    const outcome = await draftPage(db, page, { onFailure: async () => { throw new Error("Redis is down"); }, draft }).then(
      () => "resolved",
      (error: Error) => ({ error: error.message, endedBefore: [...ended] }),
    );
    // Its job's retry must not draft beside reviews this run is still drafting.
    expect(outcome).toEqual({ error: "Redis is down", endedBefore: ["slow-1", "slow-2", "slow-3"] });
    expect(started).toEqual(["fails", "slow-1", "slow-2", "slow-3"]);
  });
});
