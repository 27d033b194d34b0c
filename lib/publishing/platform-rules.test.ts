import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import type { Platform } from "../generated/prisma/enums";
import { createConnection, createHotelOnGoogle } from "@/prisma/factories";
import { storeReviews } from "../reviews/store-reviews";
import { approveReply } from "./approve-reply";
import { markReplyPosted } from "./mark-posted";
import { resumeStalledPublishes } from "./request-publish";

// Each platform's reply rules, applied by publishing: manual channels, score-only Booking reviews.
const db = createDb();
let tenant: Awaited<ReturnType<typeof createHotelOnGoogle>>;
const actor = () => ({ kind: "USER" as const, userId: tenant.manager.id });

async function connectionOn(platform: Platform) {
  return createConnection(db, { organizationId: tenant.organization.id, propertyId: tenant.property.id, platform, externalLocationId: `${platform}-1`, credentials: {} });
}

function review(externalId: string, text: string | null) {
  const at = new Date("2026-11-01T10:00:00Z");
  return { externalId, authorName: "Guest", rating: 4 as const, platformRating: 8, platformScale: 10, title: null, text, language: "en", publishedAt: at, updatedAt: at, existingReply: null, raw: { url: "https://www.tripadvisor.com/ShowUserReviews-x" } };
}

beforeAll(async () => {
  tenant = await createHotelOnGoogle(db, { slug: `rules-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/5", credentials: {} });
});
afterAll(() => db.$disconnect());

describe("platform reply rules in publishing", () => {
  it("takes a score-only Booking.com review out of the queue, and refuses a reply to it", async () => {
    const connection = await connectionOn("BOOKING");
    const stored = await storeReviews(db, connection, [review("b-1", null), review("b-2", "Lovely staff.")]);
    expect(stored.needDraft).toHaveLength(1);
    const scoreOnly = await db.review.findFirstOrThrow({ where: { connectionId: connection.id, externalId: "b-1" } });
    expect(scoreOnly.replyState).toBe("REPLY_NOT_ACCEPTED");
    await db.review.update({ where: { id: scoreOnly.id }, data: { replyState: "DRAFTED" } }); // even if it got there somehow
    await expect(approveReply(db, { reviewId: scoreOnly.id, baseDraftId: null, text: "Thank you!", actor: actor() })).rejects.toThrow(/does not accept replies to reviews without text/);
  });

  it("lets staff post a Tripadvisor reply by hand and mark it posted, with the audit trail; nothing is queued for it", async () => {
    const connection = await connectionOn("TRIPADVISOR");
    await storeReviews(db, connection, [review("t-1", "Great rooftop.")]);
    const r = await db.review.findFirstOrThrow({ where: { connectionId: connection.id } });
    const { reply } = await approveReply(db, { reviewId: r.id, baseDraftId: null, text: "Thank you for the rooftop praise!", actor: actor() });
    expect((await db.review.findUniqueOrThrow({ where: { id: r.id } })).replyState).toBe("APPROVED");
    // An approved manual reply is not a stalled publish.
    await db.reply.update({ where: { id: reply.id }, data: { updatedAt: new Date(Date.now() - 3_600_000) } });
    const lookedFor: string[] = [];
    const queues = { publishReply: { getJob: async (id: string) => (lookedFor.push(id), { getState: async () => "waiting" }) } };
    await resumeStalledPublishes(db, queues as never, 60_000);
    expect(lookedFor.some((id) => id.includes(reply.id))).toBe(false);

    await markReplyPosted(db, { reviewId: r.id, actor: actor() });
    expect(await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ platformStatus: "PUBLISHED" });
    expect((await db.review.findUniqueOrThrow({ where: { id: r.id } })).replyState).toBe("PUBLISHED");
    const actions = (await db.auditEvent.findMany({ where: { entityId: r.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(["reply.approved", "reply.marked_posted"]);
    await expect(markReplyPosted(db, { reviewId: r.id, actor: actor() })).rejects.toThrow(/not waiting to be posted/);
  });

  it("refuses 'mark as posted' on a platform Lobby publishes to itself", async () => {
    const r = await db.review.create({
      data: { organizationId: tenant.organization.id, propertyId: tenant.property.id, connectionId: tenant.connection.id, platform: "GOOGLE", externalId: "g-1", authorName: "G", rating: 5, platformScale: 5, text: "Nice", publishedAt: new Date(), platformUpdatedAt: new Date(), replyState: "DRAFTED", raw: {} },
    });
    await approveReply(db, { reviewId: r.id, baseDraftId: null, text: "Thanks!", actor: actor() });
    await expect(markReplyPosted(db, { reviewId: r.id, actor: actor() })).rejects.toThrow(/publishes replies on this platform itself/);
  });
});
