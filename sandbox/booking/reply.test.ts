import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LISBON_ID, startBookingSandbox, walkPages, type RunningBookingSandbox, type WireReview } from "./testing";

const LIST = `/review-api/properties/${LISBON_ID}/reviews`;

describe("Booking sandbox: the property's reply", () => {
  let sb: RunningBookingSandbox;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  let target: WireReview;
  beforeAll(async () => {
    sb = await startBookingSandbox({ now: () => new Date(clock), bookingModerationDelayMs: 3_600_000 });
  });
  beforeEach(async () => {
    await sb.admin("/_sandbox/reset", {});
    const unanswered = sb.reviews(LISBON_ID).find((r) => !r.reply && r.content?.positive && r.content.negative);
    if (!unanswered) throw new Error("seed has no unanswered review with text");
    target = unanswered;
  });
  afterAll(() => sb.sandbox.close());

  const post = (reviewId: string, body: unknown) =>
    sb.booking(`${LIST}/${reviewId}`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });
  const adminReview = async (reviewId: string) => (await (await sb.admin(`/_sandbox/booking/reviews/${reviewId}`)).json()) as WireReview;

  it("takes a reply with the bare envelope and holds it as pending", async () => {
    const res = await post(target.review_id, { reply: "Obrigado pela estadia e pelas sugestões." });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ errors: [], warnings: [], meta: { ruid: expect.any(String) } });
    const stored = await adminReview(target.review_id);
    expect(stored.reply).toEqual({ text: "Obrigado pela estadia e pelas sugestões.", status: "pending", created_timestamp: "2025-06-01 10:00:00" });
    // (unconfirmed) A reply counts as a change of the review: pollers see it on their next call.
    expect(stored.last_change_timestamp).toBe("2025-06-01 10:00:00");
    expect(sb.reviews(LISBON_ID).at(-1)?.review_id).toBe(target.review_id);
    const viaApi = (await (await sb.booking(`${LIST}/${target.review_id}`)).json()) as { data: WireReview };
    expect(viaApi.data.reply?.status).toBe("pending");
  });

  it("publishes a pending reply once the moderation delay has passed, moving the review to the end of the feed", async () => {
    await post(target.review_id, { reply: "Thank you!" });
    clock += 3_599_000;
    expect((await adminReview(target.review_id)).reply?.status).toBe("pending");
    clock += 1_000;
    const published = await adminReview(target.review_id);
    expect(published.reply?.status).toBe("published");
    expect(published.last_change_timestamp).toBe("2025-06-01 11:00:00");
    const listed = (await walkPages(sb, `${LIST}?limit=100`)).flatMap((p) => p.data.reviews);
    expect(listed.at(-1)?.review_id).toBe(target.review_id);
  });

  it("lets the moderation admin route publish or reject a pending reply, and refuses when none is pending", async () => {
    await post(target.review_id, { reply: "Thank you!" });
    const res = await sb.admin(`/_sandbox/booking/reviews/${target.review_id}/moderate`, { decision: "reject" });
    expect(res.status).toBe(200);
    expect(((await res.json()) as WireReview).reply?.status).toBe("rejected");
    expect((await sb.admin(`/_sandbox/booking/reviews/${target.review_id}/moderate`, { decision: "publish" })).status).toBe(409);
    expect((await sb.admin(`/_sandbox/booking/reviews/${target.review_id}/moderate`, { decision: "maybe" })).status).toBe(400);
  });

  it("refuses a second reply, pending or published: no edits", async () => {
    expect((await post(target.review_id, { reply: "First." })).status).toBe(200);
    const again = await post(target.review_id, { reply: "Second." });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ errors: [{ code: 1900, message: expect.stringContaining("already has a reply") }] });
    await sb.admin(`/_sandbox/booking/reviews/${target.review_id}/moderate`, { decision: "published" });
    expect((await post(target.review_id, { reply: "Third." })).status).toBe(400);
    expect((await adminReview(target.review_id)).reply?.text).toBe("First.");
  });

  it("accepts a new reply after moderation rejected the first (unconfirmed)", async () => {
    const rejected = sb.reviews(LISBON_ID).find((r) => r.reply?.status === "rejected") as WireReview;
    expect((await post(rejected.review_id, { reply: "We are sorry about the view, and have passed this on." })).status).toBe(200);
    expect((await adminReview(rejected.review_id)).reply?.status).toBe("pending");
  });

  it("refuses a reply to a score-only review and to a review with only a headline", async () => {
    const scoreOnly = sb.reviews(LISBON_ID).find((r) => r.content === null) as WireReview;
    const headlineOnly = sb.reviews(LISBON_ID).find((r) => r.content?.headline && !r.content.positive && !r.content.negative) as WireReview;
    for (const review of [scoreOnly, headlineOnly]) {
      const res = await post(review.review_id, { reply: "Thanks for staying." });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ errors: [{ code: 1900, message: expect.stringContaining("score only") }] });
      expect((await adminReview(review.review_id)).reply).toBeNull();
    }
  });

  it("accepts exactly 2000 characters (code points) and refuses 2001", async () => {
    expect((await post(target.review_id, { reply: "é".repeat(1999) + "🙂" })).status).toBe(200);
    const other = sb.reviews(LISBON_ID).find((r) => !r.reply && r.content?.positive && r.review_id !== target.review_id) as WireReview;
    const tooLong = await post(other.review_id, { reply: "a".repeat(2001) });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({ errors: [{ code: 320, message: expect.stringContaining("2000") }] });
  });

  it.each([
    ["an empty reply", { reply: "" }, 320],
    ["a blank reply", { reply: "  \n" }, 320],
    ["no reply field", { text: "hello" }, 320],
    ["a non-string reply", { reply: 42 }, 320],
    ["invalid JSON", "{not json", 450],
  ])("refuses %s with 400", async (_label, body, code) => {
    const res = await post(target.review_id, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ errors: [{ code }] });
    expect((await adminReview(target.review_id)).reply).toBeNull();
  });

  it("answers 404 for a reply to an unknown review", async () => {
    const res = await post("NoSuchReview", { reply: "Hello" });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ errors: [{ code: 635 }] });
  });
});
