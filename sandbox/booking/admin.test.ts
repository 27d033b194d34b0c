import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LISBON_ID, MUNICH_ID, startBookingSandbox, walkPages, type RunningBookingSandbox, type WireReview } from "./testing";

const LIST = `/review-api/properties/${LISBON_ID}/reviews`;

describe("Booking sandbox: admin routes", () => {
  let sb: RunningBookingSandbox;
  let seeded: number;
  beforeAll(async () => {
    sb = await startBookingSandbox();
    seeded = sb.reviews(LISBON_ID).length;
  });
  afterEach(async () => {
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  it("lists every property's reviews with their replies, optionally one property", async () => {
    const all = (await (await sb.admin("/_sandbox/booking/reviews")).json()) as { properties: { id: string; name: string; reviews: WireReview[] }[] };
    expect(all.properties.map((p) => [p.id, p.name])).toEqual([
      [LISBON_ID, "Casa Azulejo Lisboa"],
      [MUNICH_ID, "Hotel Isarblick München"],
    ]);
    expect(all.properties[0]?.reviews).toEqual(sb.reviews(LISBON_ID));
    const one = (await (await sb.admin(`/_sandbox/booking/reviews?property=${MUNICH_ID}`)).json()) as { properties: unknown[] };
    expect(one.properties).toHaveLength(1);
    expect((await sb.admin("/_sandbox/booking/reviews?property=1")).status).toBe(404);
  });

  it("adds a review with text; it comes last in the API's feed", async () => {
    const res = await sb.admin("/_sandbox/booking/reviews", {
      property: LISBON_ID,
      reviewerName: "Test Guest",
      countryCode: "GB",
      score: 4,
      subscores: { clean: 2.5 },
      headline: "Kettle broken",
      negative: "The kettle did not work and nobody replaced it.",
      language: "EN-GB",
    });
    expect(res.status).toBe(201);
    const added = (await res.json()) as WireReview;
    expect(added).toMatchObject({
      reviewer: { name: "Test Guest", country_code: "GB", is_genius: false },
      scoring: { review_score: 4, clean: 2.5 },
      content: { headline: "Kettle broken", positive: null, negative: "The kettle did not work and nobody replaced it.", language_code: "en-gb" },
      reply: null,
    });
    expect(added.last_change_timestamp).toBe(added.created_timestamp);
    const listed = (await walkPages(sb, `${LIST}?limit=100`)).flatMap((p) => p.data.reviews);
    expect(listed).toHaveLength(seeded + 1);
    expect(listed.at(-1)).toEqual(added);
    expect(await (await sb.admin(`/_sandbox/booking/reviews/${added.review_id}`)).json()).toEqual(added);
  });

  it("adds a score-only, anonymous review at a given time, and validates input", async () => {
    const res = await sb.admin("/_sandbox/booking/reviews", { property: MUNICH_ID, score: 7, createdAt: "2025-05-20T08:00:00Z" });
    const added = (await res.json()) as WireReview;
    expect(added).toMatchObject({ content: null, reviewer: { name: null }, created_timestamp: "2025-05-20 08:00:00" });
    expect((await sb.admin("/_sandbox/booking/reviews", { property: LISBON_ID, score: 11 })).status).toBe(400);
    expect((await sb.admin("/_sandbox/booking/reviews", { property: LISBON_ID, score: 5, language: "english please" })).status).toBe(400);
    expect((await sb.admin("/_sandbox/booking/reviews", { property: "42", score: 5 })).status).toBe(404);
  });

  it("edits a review's text and score: last_change moves, the review moves to the end of the feed", async () => {
    const oldest = sb.reviews(LISBON_ID).find((r) => r.content?.positive) as WireReview;
    const res = await sb.admin(`/_sandbox/booking/reviews/${oldest.review_id}/edit`, { score: 2, positive: null, negative: "Changed my mind." });
    expect(res.status).toBe(200);
    const edited = (await res.json()) as WireReview;
    expect(edited).toMatchObject({ scoring: { review_score: 2 }, content: { positive: null, negative: "Changed my mind.", headline: oldest.content?.headline } });
    expect(edited.created_timestamp).toBe(oldest.created_timestamp);
    expect(edited.last_change_timestamp > oldest.last_change_timestamp).toBe(true);
    expect(sb.reviews(LISBON_ID).at(-1)?.review_id).toBe(oldest.review_id);
    expect((await sb.admin("/_sandbox/booking/reviews/nope/edit", { score: 3 })).status).toBe(404);
  });

  it("removing every text part turns a review score-only", async () => {
    const withText = sb.reviews(LISBON_ID).find((r) => r.content?.headline && r.content.positive) as WireReview;
    const res = await sb.admin(`/_sandbox/booking/reviews/${withText.review_id}/edit`, { headline: null, positive: null, negative: null });
    expect(((await res.json()) as WireReview).content).toBeNull();
  });

  it("deletes a review: gone from the API and the admin API", async () => {
    const victim = sb.reviews(LISBON_ID)[3] as WireReview;
    const res = await sb.admin(`/_sandbox/booking/reviews/${victim.review_id}`, undefined, "DELETE");
    expect(await res.json()).toEqual({ deleted: victim.review_id });
    expect((await sb.booking(`${LIST}/${victim.review_id}`)).status).toBe(404);
    expect((await sb.admin(`/_sandbox/booking/reviews/${victim.review_id}`)).status).toBe(404);
    expect((await sb.admin(`/_sandbox/booking/reviews/${victim.review_id}`, undefined, "DELETE")).status).toBe(404);
  });

  it("reset restores the seed, and health counts Booking's reviews", async () => {
    await sb.admin("/_sandbox/booking/reviews", { property: LISBON_ID, score: 8 });
    await sb.admin("/_sandbox/reset", {});
    expect(sb.reviews(LISBON_ID)).toHaveLength(seeded);
    const health = (await (await sb.admin("/_sandbox/health")).json()) as { platforms: string[]; booking: unknown };
    expect(health.platforms).toContain("booking");
    expect(health.booking).toEqual({ properties: 2, reviews: seeded + sb.reviews(MUNICH_ID).length });
  });
});

describe("Booking sandbox: keep-alive", () => {
  it("adds generated reviews to the demo properties while it runs, and stops on close", async () => {
    const lines: string[] = [];
    const sb = await startBookingSandbox({ newReviewEveryMs: 10, log: (l) => lines.push(l) });
    const seeded = sb.reviews(LISBON_ID).length + sb.reviews(MUNICH_ID).length;
    const total = () => sb.sandbox.state.booking.all().length;
    await vi.waitFor(() => expect(total()).toBeGreaterThanOrEqual(seeded + 24), { timeout: 5000, interval: 20 });
    const fresh = sb.sandbox.state.booking.all().filter((s) => s.seq > seeded).map((s) => s.review);
    for (const r of fresh) {
      expect(r.scoring.review_score).toBeGreaterThanOrEqual(1);
      expect(r.scoring.review_score).toBeLessThanOrEqual(10);
      if (r.content) expect(`${r.content.positive ?? ""}${r.content.negative ?? ""}`.length).toBeGreaterThan(10);
    }
    const withText = fresh.filter((r) => r.content !== null).length;
    expect(withText).toBeGreaterThan(fresh.length * 0.2);
    expect(withText).toBeLessThan(fresh.length * 0.8);
    expect(new Set(fresh.map((r) => r.content?.language_code).filter(Boolean)).size).toBeGreaterThan(2);
    expect(lines.some((l) => l.includes("new Booking.com review"))).toBe(true);
    // Visible through the API like any other review.
    const listed = (await walkPages(sb, `${LIST}?limit=100`)).flatMap((p) => p.data.reviews);
    const freshIds = new Set(fresh.map((r) => r.review_id));
    expect(listed.some((r) => freshIds.has(r.review_id))).toBe(true);
    await sb.sandbox.close();
    const after = total();
    await new Promise((r) => setTimeout(r, 60));
    expect(total()).toBe(after);
  });
});
