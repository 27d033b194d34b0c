import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LISBON_ID, type WireReview } from "../../../sandbox/booking/testing";
import type { FetchLike } from "../http";
import { BOOKING_REPLY_RULES } from "./connector";
import { bookingConnectorHarness, collect, thrown } from "./testing";

const toDate = (bookingTime: string) => new Date(`${bookingTime.replace(" ", "T")}Z`);

describe("Booking.com connector against the sandbox: replies", () => {
  let clock = Date.parse("2025-06-01T10:00:00Z");
  const h = bookingConnectorHarness({ now: () => new Date(clock), bookingModerationDelayMs: null });
  const { calls, connector } = h;
  const sbx = () => h.sb();
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  const reviews = () => sbx().reviews(LISBON_ID);
  const unanswered = () => reviews().find((r) => !r.reply && r.content?.positive && r.content.negative) as WireReview;
  const adminReview = async (id: string) => (await (await sbx().admin(`/_sandbox/booking/reviews/${id}`)).json()) as WireReview;
  const posts = () => calls.filter((c) => c.method === "POST").length;
  const c = () => connector({ now: () => clock });

  it("states Booking's reply rules", () => {
    expect(c().replyRules).toEqual({ via: "api", once: true, moderated: true, maxLength: 2000, needsReviewText: true });
    expect(BOOKING_REPLY_RULES.maxLength).toBe(2000);
  });

  it("publishes a reply as PENDING and reads it back through readReply, the admin API and the listing", async () => {
    const target = unanswered();
    const result = await c().publishReply(target.review_id, "Muito obrigado pela visita e pelas sugestões!");
    expect(result).toEqual({ externalReplyId: `properties/${LISBON_ID}/reviews/${target.review_id}/reply`, status: "PENDING", publishedAt: new Date(clock) });
    expect(posts()).toBe(1);
    expect((await adminReview(target.review_id)).reply).toEqual({ text: "Muito obrigado pela visita e pelas sugestões!", status: "pending", created_timestamp: "2025-06-01 10:00:00" });
    expect(await c().readReply(target.review_id)).toEqual({ text: "Muito obrigado pela visita e pelas sugestões!", updatedAt: new Date(clock), status: "PENDING" });

    clock += 3_600_000;
    await sbx().admin(`/_sandbox/booking/reviews/${target.review_id}/moderate`, { decision: "publish" });
    expect(await c().readReply(target.review_id)).toMatchObject({ status: "PUBLISHED" });
    const listed = (await collect(c().listReviewsSince(null))).flatMap((p) => p.reviews).find((r) => r.externalId === target.review_id);
    expect(listed?.existingReply).toEqual({ text: "Muito obrigado pela visita e pelas sugestões!", updatedAt: new Date(Date.parse("2025-06-01T10:00:00Z")) });
  });

  it("reads REJECTED for a reply moderation refused, null for none, and not_found for a review that is gone", async () => {
    const emma = reviews().find((r) => r.reply?.status === "rejected") as WireReview;
    expect(await c().readReply(emma.review_id)).toEqual({ text: emma.reply?.text, updatedAt: toDate(emma.reply?.created_timestamp ?? ""), status: "REJECTED" });
    expect(await c().readReply(unanswered().review_id)).toBeNull();
    expect(await thrown(c().readReply("NoSuchReview"))).toMatchObject({ kind: "not_found", status: 404 });
  });

  it("may reply again after moderation rejected the first reply", async () => {
    const emma = reviews().find((r) => r.reply?.status === "rejected") as WireReview;
    const result = await c().publishReply(emma.review_id, "We are sorry about the room. Please write to us so we can make it right.");
    expect(result.status).toBe("PENDING");
    expect((await adminReview(emma.review_id)).reply?.status).toBe("pending");
  });

  it("refuses a score-only or headline-only review before posting", async () => {
    const scoreOnly = reviews().find((r) => r.content === null) as WireReview;
    const headlineOnly = reviews().find((r) => r.content?.headline && !r.content.positive && !r.content.negative) as WireReview;
    for (const review of [scoreOnly, headlineOnly]) {
      const error = await thrown(c().publishReply(review.review_id, "Thank you for your score."));
      expect(error).toMatchObject({ kind: "invalid", retryable: false, message: expect.stringContaining("score only") });
    }
    expect(posts()).toBe(0);
  });

  it("refuses a second reply before posting, pending or published: Booking allows no edits", async () => {
    const lucia = reviews().find((r) => r.reply?.status === "pending") as WireReview;
    const olivia = reviews().find((r) => r.reply?.status === "published") as WireReview;
    expect(await thrown(c().publishReply(lucia.review_id, "Another reply"))).toMatchObject({ kind: "invalid", message: expect.stringContaining("already has a reply") });
    expect(await thrown(c().publishReply(olivia.review_id, "An edited reply"))).toMatchObject({ kind: "invalid", message: expect.stringContaining("(published)") });
    expect(posts()).toBe(0);
    expect((await adminReview(olivia.review_id)).reply?.text).toBe(olivia.reply?.text);
  });

  it("maps Booking's own refusal to invalid when its view changed between the check and the post", async () => {
    const target = unanswered();
    await sbx().booking(`/review-api/properties/${LISBON_ID}/reviews/${target.review_id}`, { method: "POST", body: JSON.stringify({ reply: "Sent by someone else." }) });
    // The check still sees the review as it was a moment before.
    const stale: FetchLike = async (input, init) => {
      calls.push({ method: init?.method ?? "GET", url: String(input) });
      const res = await fetch(input, init);
      if ((init?.method ?? "GET") !== "GET") return res;
      const body = (await res.json()) as { data: WireReview };
      return new Response(JSON.stringify({ ...body, data: { ...body.data, reply: null } }), { status: 200 });
    };
    const error = await thrown(connector({ fetch: stale }).publishReply(target.review_id, "Our reply"));
    expect(error).toMatchObject({ kind: "invalid", status: 400, message: expect.stringContaining("1900") });
    expect((await adminReview(target.review_id)).reply?.text).toBe("Sent by someone else.");
  });

  it("refuses empty or over-long replies without calling Booking", async () => {
    const target = unanswered();
    expect(await thrown(c().publishReply(target.review_id, "x".repeat(2001)))).toMatchObject({ kind: "invalid", message: expect.stringContaining("2000") });
    expect(await thrown(c().publishReply(target.review_id, "  \n"))).toMatchObject({ kind: "invalid" });
    expect(await thrown(c().publishReply("a/b", "Hi"))).toMatchObject({ kind: "invalid" });
    expect(calls).toHaveLength(0);
    expect((await c().publishReply(target.review_id, "🙂".repeat(2000))).status).toBe("PENDING");
  });

  it("treats a retry after a lost response as sent, and never posts twice", async () => {
    const target = unanswered();
    await sbx().admin("/_sandbox/faults", { booking: { kind: "lose-response", count: 1 } });
    const lost = await thrown(c().publishReply(target.review_id, "Thank you for staying with us."));
    expect(lost).toMatchObject({ kind: "unavailable", retryable: true });
    expect((await adminReview(target.review_id)).reply?.status).toBe("pending");
    const retried = await c().publishReply(target.review_id, "Thank you for staying with us.");
    expect(retried).toMatchObject({ status: "PENDING", publishedAt: new Date(clock) });
    expect(posts()).toBe(1);
    // A different text is a second reply, which Booking would refuse.
    expect(await thrown(c().publishReply(target.review_id, "Something else."))).toMatchObject({ kind: "invalid" });
  });

  it("answers not_found when replying to a review that is gone", async () => {
    expect(await thrown(c().publishReply("NoSuchReview", "Thanks"))).toMatchObject({ kind: "not_found", status: 404 });
    expect(posts()).toBe(0);
  });
});
