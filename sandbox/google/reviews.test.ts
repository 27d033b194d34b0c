import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../app";
import { startSandbox, TEST_BASE_DATE, type RunningSandbox } from "../testing";
import type { GoogleReview } from "./types";
import { NUMBER_BY_STAR } from "./types";

const LISBON = "accounts/1001/locations/2001";
const MUNICH = "accounts/1001/locations/2002";
const RFC3339_Z = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

interface ListBody {
  reviews?: GoogleReview[];
  averageRating?: number;
  totalReviewCount?: number;
  nextPageToken?: string;
}

describe("Google sandbox: listing reviews", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  afterAll(() => sb.sandbox.close());

  async function list(location: string, query = ""): Promise<{ status: number; body: ListBody }> {
    const res = await sb.google(`/v4/${location}/reviews${query}`);
    return { status: res.status, body: (await res.json()) as ListBody };
  }

  async function walk(location: string, query: string): Promise<{ pages: ListBody[]; reviews: GoogleReview[] }> {
    const pages: ListBody[] = [];
    let token: string | undefined;
    do {
      const { status, body } = await list(location, `?${query}${token ? `&pageToken=${encodeURIComponent(token)}` : ""}`);
      expect(status).toBe(200);
      pages.push(body);
      token = body.nextPageToken;
    } while (token);
    return { pages, reviews: pages.flatMap((p) => p.reviews ?? []) };
  }

  it("lists a location's reviews newest first in Google's shape", async () => {
    const { status, body } = await list(LISBON);
    expect(status).toBe(200);
    expect(body.nextPageToken).toBeUndefined();
    const reviews = body.reviews ?? [];
    expect(reviews).toHaveLength(15);
    expect(body.totalReviewCount).toBe(15);
    const stars = reviews.map((r) => NUMBER_BY_STAR[r.starRating]).filter((n) => n > 0);
    expect(body.averageRating).toBeCloseTo(stars.reduce((a, b) => a + b, 0) / stars.length, 1);
    for (const r of reviews) {
      expect(r.name).toBe(`${LISBON}/reviews/${r.reviewId}`);
      expect(r.reviewer).toEqual({ displayName: expect.any(String), profilePhotoUrl: expect.any(String), isAnonymous: expect.any(Boolean) });
      expect(["ONE", "TWO", "THREE", "FOUR", "FIVE"]).toContain(r.starRating);
      expect(r.createTime).toMatch(RFC3339_Z);
      expect(r.updateTime).toMatch(RFC3339_Z);
      expect(r.updateTime >= r.createTime).toBe(true);
      // Seed spans the ~60 days before the base date.
      const age = TEST_BASE_DATE.getTime() - Date.parse(r.createTime);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(61 * 86_400_000);
    }
    const updateTimes = reviews.map((r) => r.updateTime);
    expect(updateTimes).toEqual([...updateTimes].sort().reverse());
  });

  it("seeds varied reviews: every rating, rating-only ones without comment, existing replies, edits", async () => {
    for (const location of [LISBON, MUNICH]) {
      const reviews = (await list(location)).body.reviews ?? [];
      expect(new Set(reviews.map((r) => r.starRating))).toEqual(new Set(["ONE", "TWO", "THREE", "FOUR", "FIVE"]));
      const ratingOnly = reviews.filter((r) => !("comment" in r));
      expect(ratingOnly.length).toBeGreaterThanOrEqual(1);
      expect(reviews.filter((r) => r.reviewReply).length).toBeGreaterThanOrEqual(1);
      expect(reviews.some((r) => r.updateTime > r.createTime)).toBe(true);
      expect(reviews.some((r) => r.reviewer.isAnonymous && r.reviewer.displayName === "A Google user")).toBe(true);
      expect(reviews.some((r) => r.comment?.includes("(Translated by Google)"))).toBe(true);
    }
  });

  it("is deterministic for a given base date", () => {
    const a = createSandbox({ baseDate: TEST_BASE_DATE });
    const b = createSandbox({ baseDate: TEST_BASE_DATE });
    expect(a.state.google.location(LISBON)?.reviews).toEqual(b.state.google.location(LISBON)?.reviews);
    expect(a.state.google.location(MUNICH)?.reviews).toEqual(b.state.google.location(MUNICH)?.reviews);
  });

  it("paginates with opaque page tokens and omits nextPageToken on the last page", async () => {
    const full = (await list(LISBON)).body.reviews ?? [];
    const { pages, reviews } = await walk(LISBON, "pageSize=4");
    expect(pages.map((p) => p.reviews?.length)).toEqual([4, 4, 4, 3]);
    expect(pages.slice(0, 3).every((p) => typeof p.nextPageToken === "string")).toBe(true);
    expect(pages[3]?.nextPageToken).toBeUndefined();
    expect(reviews.map((r) => r.reviewId)).toEqual(full.map((r) => r.reviewId));
  });

  it.each([
    ["rating", 1],
    ["rating desc", -1],
  ])("orders by %s across pages", async (orderBy, direction) => {
    const { pages, reviews } = await walk(LISBON, `pageSize=6&orderBy=${encodeURIComponent(orderBy)}`);
    expect(pages).toHaveLength(3);
    expect(reviews).toHaveLength(15);
    expect(new Set(reviews.map((r) => r.reviewId)).size).toBe(15);
    const stars = reviews.map((r) => NUMBER_BY_STAR[r.starRating]);
    expect(stars).toEqual([...stars].sort((a, b) => (a - b) * direction));
  });

  it("accepts orderBy=updateTime desc written with '+'", async () => {
    const { status, body } = await list(LISBON, "?orderBy=updateTime+desc&pageSize=3");
    expect(status).toBe(200);
    expect(body.reviews).toHaveLength(3);
  });

  it("answers 404 NOT_FOUND for an unknown location or account", async () => {
    for (const path of ["accounts/1001/locations/9999", "accounts/7/locations/2001"]) {
      const res = await sb.google(`/v4/${path}/reviews`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 404, message: expect.any(String), status: "NOT_FOUND" } });
    }
  });

  it.each(["pageSize=0", "pageSize=51", "pageSize=abc", "orderBy=createTime", "pageToken=garbage!!"])(
    "answers 400 INVALID_ARGUMENT for %s",
    async (query) => {
      const { status, body } = await list(LISBON, `?${query}`);
      expect(status).toBe(400);
      expect(body).toEqual({ error: { code: 400, message: expect.any(String), status: "INVALID_ARGUMENT" } });
    },
  );

  it("rejects a page token used with another orderBy or location", async () => {
    const token = (await list(LISBON, "?pageSize=2")).body.nextPageToken ?? "";
    expect((await list(LISBON, `?pageSize=2&orderBy=rating&pageToken=${token}`)).status).toBe(400);
    expect((await list(MUNICH, `?pageSize=2&pageToken=${token}`)).status).toBe(400);
  });

  it("returns one review by name, and 404 for an unknown one", async () => {
    const first = (await list(LISBON, "?pageSize=1")).body.reviews?.[0];
    const res = await sb.google(`/v4/${first?.name}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(first);
    expect((await sb.google(`/v4/${LISBON}/reviews/does-not-exist`)).status).toBe(404);
  });
});

describe("Google sandbox: batchGetReviews", () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox();
  });
  afterAll(() => sb.sandbox.close());

  const batch = (body: unknown) =>
    sb.google("/v4/accounts/1001/locations:batchGetReviews", { method: "POST", body: JSON.stringify(body) });

  it("merges the locations' reviews newest first, page by page", async () => {
    const items: { name: string; review: GoogleReview }[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const res = await batch({ locationNames: [LISBON, MUNICH], pageSize: 10, ...(pageToken ? { pageToken } : {}) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { locationReviews: typeof items; nextPageToken?: string };
      items.push(...body.locationReviews);
      pageToken = body.nextPageToken;
      pages++;
    } while (pageToken);
    expect(pages).toBe(3);
    expect(items).toHaveLength(30);
    for (const item of items) expect(item.review.name.startsWith(`${item.name}/reviews/`)).toBe(true);
    expect(items.filter((i) => i.name === MUNICH)).toHaveLength(15);
    const times = items.map((i) => i.review.updateTime);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("can leave out rating-only reviews", async () => {
    const res = await batch({ locationNames: [LISBON], ignoreRatingOnlyReviews: true });
    const body = (await res.json()) as { locationReviews: { review: GoogleReview }[] };
    expect(body.locationReviews.length).toBeGreaterThan(0);
    expect(body.locationReviews.every((i) => typeof i.review.comment === "string")).toBe(true);
    expect(body.locationReviews.length).toBeLessThan(15);
  });

  it("validates the request", async () => {
    expect((await batch({ locationNames: [] })).status).toBe(400);
    expect((await batch({ locationNames: ["accounts/2/locations/2001"] })).status).toBe(400);
    expect((await batch({ locationNames: [LISBON], colour: "blue" })).status).toBe(400);
    expect((await batch({ locationNames: [LISBON], orderBy: "nonsense" })).status).toBe(400);
    const missing = await batch({ locationNames: ["accounts/1001/locations/404"] });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { status: "NOT_FOUND" } });
  });
});
