import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { GoogleReview } from "./google/types";
import { startSandbox, type RunningSandbox } from "./testing";

const LISBON = "accounts/1001/locations/2001";
const LIST = `/v4/${LISBON}/reviews`;

async function reviewsOf(sb: RunningSandbox, location = LISBON): Promise<GoogleReview[]> {
  const res = await sb.google(`/v4/${location}/reviews`);
  return ((await res.json()) as { reviews?: GoogleReview[] }).reviews ?? [];
}

describe("sandbox: rate limit per OAuth client", () => {
  let sb: RunningSandbox;
  let clock = Date.parse("2025-06-01T10:00:00Z");
  beforeAll(async () => {
    sb = await startSandbox({ googleRatePerMin: 3, now: () => new Date(clock) });
  });
  afterAll(() => sb.sandbox.close());

  it("answers 429 RESOURCE_EXHAUSTED with Retry-After over the quota, and recovers after the window", async () => {
    const token = await sb.token();
    await sb.token(); // the token endpoint is not metered
    for (let i = 0; i < 3; i++) expect((await sb.google(LIST, { auth: token })).status).toBe(200);
    clock += 20_000;
    const res = await sb.google(LIST, { auth: token });
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("40");
    expect(await res.json()).toEqual({ error: { code: 429, message: expect.any(String), status: "RESOURCE_EXHAUSTED" } });
    clock += 40_001;
    expect((await sb.google(LIST, { auth: token })).status).toBe(200);
  });
});

describe("sandbox: faults, admin API, reset, health", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  afterEach(async () => {
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  it("fails the next N Google API calls with the injected status", async () => {
    const set = await sb.admin("/_sandbox/faults", { google: { status: 503, count: 2 } });
    expect(await set.json()).toEqual({ google: [{ kind: "status", status: 503, count: 2 }] });
    for (let i = 0; i < 2; i++) {
      const res = await sb.google(LIST);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ error: { code: 503, status: "UNAVAILABLE" } });
    }
    expect((await sb.google(LIST)).status).toBe(200);
    expect(await (await sb.admin("/_sandbox/faults")).json()).toEqual({});
  });

  it("injects 429 with Retry-After and 500 INTERNAL; null clears a fault; bad bodies are refused", async () => {
    await sb.admin("/_sandbox/faults", { google: { status: 429, count: 1, retryAfterSeconds: 9 } });
    const limited = await sb.google(LIST);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("9");
    await sb.admin("/_sandbox/faults", { google: { status: 500, count: 5 } });
    expect(await (await sb.google(LIST)).json()).toMatchObject({ error: { code: 500, status: "INTERNAL" } });
    await sb.admin("/_sandbox/faults", { google: null });
    expect((await sb.google(LIST)).status).toBe(200);
    expect((await sb.admin("/_sandbox/faults", { google: { status: 200, count: 1 } })).status).toBe(400);
    expect((await sb.admin("/_sandbox/faults", { yelp: { status: 500, count: 1 } })).status).toBe(400);
    expect((await sb.admin("/_sandbox/faults", { google: { kind: "explode", count: 1 } })).status).toBe(400);
  });

  it("adds a review through the admin API; it is listed first and readable without auth", async () => {
    const res = await sb.admin("/_sandbox/google/reviews", {
      location: "locations/2001",
      reviewerName: "Test Guest",
      starRating: 2,
      comment: "The kettle was broken.",
    });
    expect(res.status).toBe(201);
    const added = (await res.json()) as GoogleReview;
    expect(added).toMatchObject({ name: `${LISBON}/reviews/${added.reviewId}`, starRating: "TWO", comment: "The kettle was broken." });
    expect(added.reviewer.displayName).toBe("Test Guest");
    const listed = await reviewsOf(sb);
    expect(listed).toHaveLength(16);
    expect(listed[0]).toEqual(added);
    expect(await (await sb.admin(`/_sandbox/google/reviews/${added.reviewId}`)).json()).toEqual(added);
  });

  it("adds a rating-only review with a given createTime, and validates input", async () => {
    const res = await sb.admin("/_sandbox/google/reviews", {
      location: "accounts/1001/locations/2002",
      starRating: "FIVE",
      anonymous: true,
      createTime: "2025-05-20T08:00:00Z",
    });
    const added = (await res.json()) as GoogleReview;
    expect(added.createTime).toBe("2025-05-20T08:00:00.000Z");
    expect(added).not.toHaveProperty("comment");
    expect(added.reviewer.isAnonymous).toBe(true);
    expect((await sb.admin("/_sandbox/google/reviews", { location: "2001", starRating: 6 })).status).toBe(400);
    expect((await sb.admin("/_sandbox/google/reviews", { location: "9999", starRating: 3 })).status).toBe(404);
  });

  it("edits a review: new text and rating, updateTime bumped, listed first", async () => {
    const oldest = (await reviewsOf(sb)).at(-1) as GoogleReview;
    const res = await sb.admin(`/_sandbox/google/reviews/${oldest.reviewId}/edit`, { starRating: 1, comment: "Changed my mind." });
    expect(res.status).toBe(200);
    const edited = (await res.json()) as GoogleReview;
    expect(edited).toMatchObject({ starRating: "ONE", comment: "Changed my mind.", createTime: oldest.createTime });
    expect(edited.updateTime > oldest.updateTime).toBe(true);
    expect((await reviewsOf(sb))[0]?.reviewId).toBe(oldest.reviewId);
    expect((await sb.admin("/_sandbox/google/reviews/nope/edit", { comment: "x" })).status).toBe(404);
  });

  it("reset restores the seed, drops issued tokens and clears faults", async () => {
    await sb.admin("/_sandbox/google/reviews", { location: "2001", starRating: 3, comment: "extra" });
    await sb.admin("/_sandbox/faults", { google: { status: 503, count: 100 } });
    const token = await sb.token();
    await sb.admin("/_sandbox/reset", {});
    expect(await (await sb.admin("/_sandbox/faults")).json()).toEqual({});
    expect((await sb.google(LIST, { auth: token })).status).toBe(401);
    expect(await reviewsOf(sb)).toHaveLength(15);
  });

  it("reports health and answers unknown routes with a 404 envelope", async () => {
    const health = await sb.admin("/_sandbox/health");
    const body = await health.json();
    expect(body).toMatchObject({ status: "ok", google: { locations: 2, reviews: 30 } });
    expect([...body.platforms].sort()).toEqual(["booking", "expedia", "google", "tripadvisor", "trustpilot"]);
    const missing = await sb.admin("/v4/nothing/here");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 404, status: "NOT_FOUND" } });
  });
});

describe("sandbox: keep-alive", () => {
  it("adds generated reviews to the seeded locations while it runs, and stops on close", async () => {
    const lines: string[] = [];
    const sb = await startSandbox({ newReviewEveryMs: 15, log: (l) => lines.push(l) });
    const total = () => [...sb.sandbox.state.google.locations.values()].reduce((n, l) => n + l.reviews.length, 0);
    await vi.waitFor(() => expect(total()).toBeGreaterThanOrEqual(36), { timeout: 5000, interval: 20 });
    const fresh = [...sb.sandbox.state.google.locations.values()].flatMap((l) => l.reviews.slice(15));
    for (const r of fresh) {
      expect(r.name).toMatch(/^accounts\/1001\/locations\/200[12]\/reviews\//);
      expect(["ONE", "TWO", "THREE", "FOUR", "FIVE"]).toContain(r.starRating);
      if (r.comment !== undefined) expect(r.comment.length).toBeGreaterThan(10);
    }
    expect(new Set(fresh.map((r) => r.comment)).size).toBeGreaterThan(3);
    expect(lines.some((l) => l.includes("new Google review"))).toBe(true);
    // Visible through the API like any other review.
    const listed = await reviewsOf(sb, "accounts/1001/locations/2001");
    expect(listed.length).toBeGreaterThan(15);
    await sb.sandbox.close();
    const after = total();
    await new Promise((r) => setTimeout(r, 60));
    expect(total()).toBe(after);
  });
});
