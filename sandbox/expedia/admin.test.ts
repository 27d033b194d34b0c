import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LISBON, MUNICH, REVIEWS_QUERY, startExpediaSandbox, type ReviewsData, type RunningExpedia } from "./testing";
import type { ExpediaProperty, ExpediaReview } from "./types";

describe("Expedia sandbox: admin routes", () => {
  let sb: RunningExpedia;
  beforeAll(async () => {
    sb = await startExpediaSandbox({ expediaModerationDelayMs: 0 });
  });
  afterEach(async () => {
    await sb.admin("/_sandbox/reset", {});
  });
  afterAll(() => sb.sandbox.close());

  const listed = async (property: string = LISBON) =>
    (await sb.gql<ReviewsData>(REVIEWS_QUERY, { id: property, pageSize: 100 })).body.data?.property?.reviews.reviews ?? [];

  it("adds a review that the API then serves first, with ratings, reservation and guest", async () => {
    const res = await sb.admin("/_sandbox/expedia/reviews", {
      propertyId: LISBON,
      firstName: "Ana",
      lastName: "Costa",
      locale: "pt-PT",
      overall: 7,
      title: "Simpático",
      body: "Gostámos, mas o quarto era barulhento.",
    });
    expect(res.status).toBe(201);
    const added = (await res.json()) as ExpediaReview;
    expect(added).toMatchObject({
      status: "APPROVED",
      source: "PLATFORM",
      title: { locale: "pt-PT", value: "Simpático" },
      body: { locale: "pt-PT", value: "Gostámos, mas o quarto era barulhento." },
      isEligibleForResponse: true,
      response: null,
      reservation: { primaryGuest: { firstName: "Ana", lastName: "Costa" } },
      propertyId: [{ id: LISBON, idSource: "EXPEDIA" }],
    });
    expect(added.starRatings[0]).toEqual({ category: "overall", value: "7" });
    expect(added.starRatings.length).toBeGreaterThan(1);
    expect(added.lastUpdatedDateTime).toBe(added.createdDateTime);
    const reviews = await listed();
    expect(reviews).toHaveLength(16);
    expect(reviews[0]?.id).toBe(added.id);
  });

  it("adds a ratings-only review with a given time, and validates input", async () => {
    const res = await sb.admin("/_sandbox/expedia/reviews", { propertyId: MUNICH, overall: 10, createdDateTime: "2025-05-20T08:00:00+02:00" });
    const added = (await res.json()) as ExpediaReview;
    expect(added).toMatchObject({ createdDateTime: "2025-05-20T06:00:00.000Z", title: null, body: { locale: "en-US", value: "" } });
    expect((await sb.admin("/_sandbox/expedia/reviews", { propertyId: MUNICH, overall: 11 })).status).toBe(400);
    expect((await sb.admin("/_sandbox/expedia/reviews", { propertyId: MUNICH })).status).toBe(400);
    expect((await sb.admin("/_sandbox/expedia/reviews", { propertyId: "999", overall: 5 })).status).toBe(404);
  });

  it("edits text and rating: lastUpdatedDateTime moves, category ratings follow the overall one", async () => {
    const target = (await listed()).at(-1) as ExpediaReview;
    const res = await sb.admin(`/_sandbox/expedia/reviews/${target.id}/edit`, { body: "Changed my mind.", overall: 3, title: null });
    expect(res.status).toBe(200);
    const edited = (await res.json()) as ExpediaReview;
    expect(edited).toMatchObject({ body: { value: "Changed my mind." }, title: null, createdDateTime: target.createdDateTime });
    expect(edited.lastUpdatedDateTime > target.lastUpdatedDateTime).toBe(true);
    expect(edited.starRatings[0]?.value).toBe("3");
    const overallBefore = Number(target.starRatings[0]?.value);
    target.starRatings.slice(1).forEach((r, i) => {
      expect(Number(edited.starRatings[i + 1]?.value)).toBe(Math.min(10, Math.max(1, Number(r.value) + 3 - overallBefore)));
    });
    // Editing twice in the same millisecond still moves the time forward.
    const twice = (await (await sb.admin(`/_sandbox/expedia/reviews/${target.id}/edit`, { body: "Again." })).json()) as ExpediaReview;
    expect(twice.lastUpdatedDateTime > edited.lastUpdatedDateTime).toBe(true);
    expect((await sb.admin("/_sandbox/expedia/reviews/nope/edit", { body: "x" })).status).toBe(404);
    expect((await sb.admin(`/_sandbox/expedia/reviews/${target.id}/edit`, { overall: 0 })).status).toBe(400);
  });

  it("gets one review with its response, lists per property, and deletes", async () => {
    const answered = (await listed()).find((r) => r.response?.status === "APPROVED") as ExpediaReview;
    const one = await sb.admin(`/_sandbox/expedia/reviews/${answered.id}`);
    expect(await one.json()).toMatchObject({ id: answered.id, response: { status: "APPROVED", body: answered.response?.body } });
    const all = (await (await sb.admin("/_sandbox/expedia/reviews")).json()) as { properties: ExpediaProperty[] };
    expect(all.properties.map((p) => [p.id, p.name, p.reviews.length])).toEqual([
      [LISBON, "Casa Azulejo Lisboa", 15],
      [MUNICH, "Hotel Isarblick München", 15],
    ]);
    const munich = (await (await sb.admin(`/_sandbox/expedia/reviews?property=${MUNICH}`)).json()) as { properties: ExpediaProperty[] };
    expect(munich.properties.map((p) => p.city)).toEqual(["Munich"]);
    expect((await sb.admin("/_sandbox/expedia/reviews?property=999")).status).toBe(404);

    const del = await sb.admin(`/_sandbox/expedia/reviews/${answered.id}`, undefined, "DELETE");
    expect(await del.json()).toEqual({ deleted: answered.id });
    expect((await listed()).some((r) => r.id === answered.id)).toBe(false);
    expect((await sb.admin(`/_sandbox/expedia/reviews/${answered.id}`)).status).toBe(404);
    expect((await sb.admin(`/_sandbox/expedia/reviews/${answered.id}`, undefined, "DELETE")).status).toBe(404);
  });

  it("tunes quotas, moderation delay and token lifetime; reset puts the seed and settings back", async () => {
    expect(await (await sb.admin("/_sandbox/expedia/config")).json()).toEqual({
      ratePerMinute: 300,
      responsesPerSecond: 5,
      moderationDelayMs: 0,
      tokenTtlSeconds: 1800,
    });
    const set = await sb.admin("/_sandbox/expedia/config", { ratePerMinute: 2, tokenTtlSeconds: 60 });
    expect(await set.json()).toMatchObject({ ratePerMinute: 2, tokenTtlSeconds: 60 });
    expect((await sb.admin("/_sandbox/expedia/config", { ratePerMinute: 0 })).status).toBe(400);
    expect((await sb.admin("/_sandbox/expedia/config", { colour: "blue" })).status).toBe(400);
    const token = await sb.expediaToken();
    await sb.gql(REVIEWS_QUERY, { id: LISBON, pageSize: 1 }, token);
    await sb.gql(REVIEWS_QUERY, { id: LISBON, pageSize: 1 }, token);
    expect((await sb.gql(REVIEWS_QUERY, { id: LISBON, pageSize: 1 }, token)).status).toBe(429);

    await sb.admin("/_sandbox/expedia/reviews", { propertyId: LISBON, overall: 9 });
    await sb.admin("/_sandbox/faults", { expedia: { status: 503, count: 5 } });
    await sb.admin("/_sandbox/reset", {});
    expect(await (await sb.admin("/_sandbox/expedia/config")).json()).toMatchObject({ ratePerMinute: 300, tokenTtlSeconds: 1800 });
    expect(await (await sb.admin("/_sandbox/faults")).json()).toEqual({});
    expect(await listed()).toHaveLength(15);
  });

  it("reports health", async () => {
    const health = await (await sb.admin("/_sandbox/health")).json();
    expect(health).toMatchObject({ status: "ok", expedia: { properties: 2, reviews: 30, pendingResponses: 1 } });
    expect((health as { platforms: string[] }).platforms).toContain("expedia");
  });
});

describe("Expedia sandbox: keep-alive", () => {
  it("adds generated reviews to the seeded properties while it runs, and stops on close", async () => {
    const lines: string[] = [];
    const sb = await startExpediaSandbox({ newReviewEveryMs: 15, log: (l) => lines.push(l) });
    const state = sb.sandbox.state.expedia;
    const total = () => [...state.properties.values()].reduce((n, p) => n + p.reviews.length, 0);
    await vi.waitFor(() => expect(total()).toBeGreaterThanOrEqual(42), { timeout: 5000, interval: 20 });
    const fresh = [...state.properties.values()].flatMap((p) => p.reviews.slice(15));
    for (const r of fresh) {
      expect(r.id).toMatch(/^[0-9a-f]{24}$/);
      expect(Number(r.starRatings[0]?.value)).toBeGreaterThanOrEqual(1);
      expect(Number(r.starRatings[0]?.value)).toBeLessThanOrEqual(10);
      expect(r.reservation?.primaryGuest?.firstName).toBeTruthy();
      if (r.body.value !== "") expect(r.body.value.length).toBeGreaterThan(20);
    }
    expect(new Set(fresh.map((r) => r.body.locale)).size).toBeGreaterThan(2);
    expect(new Set(fresh.map((r) => r.body.value)).size).toBeGreaterThan(5);
    expect(lines.some((l) => l.includes("new Expedia review"))).toBe(true);
    // Visible through the API like any other review.
    expect((await sb.gql<ReviewsData>(REVIEWS_QUERY, { id: LISBON, pageSize: 100 })).body.data?.property?.reviews.totalCount).toBeGreaterThan(15);
    await sb.sandbox.close();
    const after = total();
    await new Promise((r) => setTimeout(r, 60));
    expect(total()).toBe(after);
  });
});
