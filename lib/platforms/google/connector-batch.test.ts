import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GoogleReview } from "../../../sandbox/google/types";
import type { FetchLike } from "../http";
import type { ReviewPage } from "../types";
import type { LocationPages } from "./batch";
import { googleConnectorHarness, LISBON, MUNICH, thrown } from "./testing";

// accounts.locations.batchGetReviews against the sandbox: several locations of one account in one
// listing, each location with its own cursor.

async function collectBatches(pages: AsyncIterable<LocationPages>): Promise<LocationPages[]> {
  const out: LocationPages[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

/** Everything one location got across the batch pages, and the cursor of the last page. */
function forLocation(batches: LocationPages[], location: string): { reviews: ReviewPage["reviews"]; malformed: ReviewPage["malformed"]; cursor: string | null | undefined } {
  const parts = batches.map((b) => b.get(location)).filter((p): p is ReviewPage => p !== undefined);
  return { reviews: parts.flatMap((p) => p.reviews), malformed: parts.flatMap((p) => p.malformed), cursor: parts.at(-1)?.cursor };
}

describe("Google batchGetReviews across a property group's locations", () => {
  const h = googleConnectorHarness();
  const { calls, connector, seeded } = h;
  const batchCalls = () => calls.filter((c) => c.url.includes("batchGetReviews")).length;
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  it("reads every review of two locations in one call, split by location, each with its own cursor", async () => {
    const [lisbon, munich] = [await seeded(LISBON), await seeded(MUNICH)];
    calls.length = 0;
    const batches = await collectBatches(connector().batchReviewsSince(new Map([[LISBON, null], [MUNICH, null]])));
    expect(batchCalls()).toBe(1);
    expect(calls).toHaveLength(2); // the token, then the one listing
    const l = forLocation(batches, LISBON);
    const m = forLocation(batches, MUNICH);
    expect(l.reviews.map((r) => r.externalId).sort()).toEqual(lisbon.map((r) => r.reviewId).sort());
    expect(m.reviews.map((r) => r.externalId).sort()).toEqual(munich.map((r) => r.reviewId).sort());
    expect(l.cursor).toBe(lisbon.map((r) => r.updateTime).sort().at(-1));
    expect(m.cursor).toBe(munich.map((r) => r.updateTime).sort().at(-1));
    // Normalised exactly like the single-location listing: translations stripped, rating-only kept.
    expect(m.reviews.find((r) => r.authorName === "Marco Bianchi")?.text).toBe(
      "Hotel moderno e ben organizzato, check-in veloce anche a tarda sera. Il parcheggio costa caro ma è comodo.",
    );
    expect(l.reviews.find((r) => r.authorName === "Pedro Santos")).toMatchObject({ rating: 5, text: null });
  });

  it("pages through the listing and moves the cursors only on the last page", async () => {
    const batches = await collectBatches(connector({ pageSize: 7 }).batchReviewsSince(new Map([[LISBON, null], [MUNICH, null]])));
    expect(batches).toHaveLength(5); // 30 reviews, 7 a page
    for (const batch of batches.slice(0, -1)) expect([...batch.values()].map((p) => p.cursor)).toEqual([null, null]);
    expect(forLocation(batches, LISBON).reviews).toHaveLength(15);
    expect(forLocation(batches, MUNICH).reviews).toHaveLength(15);
    expect(forLocation(batches, LISBON).cursor).toMatch(/^\d{4}-/);
  });

  it("after a new review in one location, yields only it and stops at the first page of known reviews", async () => {
    const first = await collectBatches(connector().batchReviewsSince(new Map([[LISBON, null], [MUNICH, null]])));
    const cursors = new Map([[LISBON, forLocation(first, LISBON).cursor ?? null], [MUNICH, forLocation(first, MUNICH).cursor ?? null]]);
    const added = (await (await h.sb().admin("/_sandbox/google/reviews", { location: MUNICH, reviewerName: "Neue Gästin", starRating: 5, comment: "Wunderbar." })).json()) as GoogleReview;
    calls.length = 0;
    const batches = await collectBatches(connector({ pageSize: 4 }).batchReviewsSince(cursors));
    expect(batchCalls()).toBe(1);
    expect(forLocation(batches, MUNICH).reviews.map((r) => r.externalId)).toEqual([added.reviewId]);
    expect(forLocation(batches, MUNICH).cursor).toBe(added.updateTime);
    expect(forLocation(batches, LISBON)).toEqual({ reviews: [], malformed: [], cursor: cursors.get(LISBON) });
  });

  it("ends the walk once the listing is older than every cursor, even for a location with no reviews at all", async () => {
    const munich = await seeded(MUNICH);
    const empty = "accounts/1001/locations/5555";
    const newest = munich.map((r) => r.updateTime).sort().at(-1) ?? "";
    const pages: string[] = [];
    // Google's answer for Munich plus a location without reviews: Munich's reviews, four a page.
    const fake: FetchLike = async (input, init) => {
      if (String(input).endsWith("/oauth2/token")) return fetch(input, init);
      const { pageToken } = JSON.parse(String(init?.body)) as { pageToken?: string };
      const offset = Number(pageToken ?? 0);
      pages.push(String(offset));
      const locationReviews = munich.slice(offset, offset + 4).map((review) => ({ name: MUNICH, review }));
      const next = offset + 4 < munich.length ? { nextPageToken: String(offset + 4) } : {};
      return new Response(JSON.stringify({ locationReviews, ...next }), { status: 200, headers: { "content-type": "application/json" } });
    };
    // Both read up to Munich's newest review: the first page already goes below both cursors.
    const batches = await collectBatches(connector({ fetch: fake }).batchReviewsSince(new Map([[MUNICH, newest], [empty, newest]])));
    expect(pages).toEqual(["0"]);
    expect(forLocation(batches, MUNICH)).toEqual({ reviews: [], malformed: [], cursor: newest });
    expect(forLocation(batches, empty)).toEqual({ reviews: [], malformed: [], cursor: newest });
  });

  it("asks for at most 200 locations a call", async () => {
    const bodies: { locationNames: string[] }[] = [];
    const fake: FetchLike = async (input, init) => {
      if (String(input).endsWith("/oauth2/token")) return fetch(input, init);
      bodies.push(JSON.parse(String(init?.body)) as { locationNames: string[] });
      return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
    };
    const names = Array.from({ length: 250 }, (_, i) => `accounts/1001/locations/${5000 + i}`);
    const batches = await collectBatches(connector({ fetch: fake }).batchReviewsSince(new Map(names.map((n) => [n, null]))));
    expect(bodies.map((b) => b.locationNames.length)).toEqual([200, 50]);
    expect(new Set(bodies.flatMap((b) => b.locationNames)).size).toBe(250);
    expect(batches.flatMap((b) => [...b.values()]).every((p) => p.reviews.length === 0)).toBe(true);
  });

  it("refuses a location of another account without calling Google, and maps an unknown location to not_found", async () => {
    calls.length = 0;
    const foreign = await thrown(collectBatches(connector().batchReviewsSince(new Map([[LISBON, null], ["accounts/2002/locations/1", null]]))));
    expect(foreign.kind).toBe("invalid");
    expect(calls).toHaveLength(0);
    const unknown = await thrown(collectBatches(connector().batchReviewsSince(new Map([[LISBON, null], ["accounts/1001/locations/9999", null]]))));
    expect(unknown).toMatchObject({ kind: "not_found", status: 404 });
  });

  it("quarantines an unreadable review under its own location, and refuses an item for a location not asked about", async () => {
    const corrupt = (mutate: (items: { name: string; review: Record<string, unknown> }[]) => void): FetchLike => async (input, init) => {
      const res = await fetch(input, init);
      if (!String(input).includes("batchGetReviews")) return res;
      const body = (await res.json()) as { locationReviews: { name: string; review: Record<string, unknown> }[] };
      mutate(body.locationReviews);
      return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    };
    const broken = corrupt((items) => {
      const target = items.find((i) => i.name === MUNICH);
      if (target) target.review = { ...target.review, starRating: "SIX" };
    });
    const batches = await collectBatches(connector({ fetch: broken }).batchReviewsSince(new Map([[LISBON, null], [MUNICH, null]])));
    expect(forLocation(batches, MUNICH).malformed).toHaveLength(1);
    expect(forLocation(batches, MUNICH).malformed[0]?.reason).toContain("starRating");
    expect(forLocation(batches, MUNICH).reviews).toHaveLength(14);
    expect(forLocation(batches, LISBON)).toMatchObject({ malformed: [] });

    const stray = corrupt((items) => {
      if (items[0]) items[0].name = "accounts/1001/locations/7777";
    });
    expect(await thrown(collectBatches(connector({ fetch: stray }).batchReviewsSince(new Map([[LISBON, null], [MUNICH, null]]))))).toMatchObject({ kind: "unavailable" });
  });
});

describe("Google reply update and delete", () => {
  const h = googleConnectorHarness();
  const { calls, connector, seeded } = h;
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  const onSandbox = async (reviewId: string) => (await (await h.sb().admin(`/_sandbox/google/reviews/${reviewId}`)).json()) as GoogleReview;

  it("PUT replaces the reply in place: one owner reply per review", async () => {
    const target = (await seeded()).find((r) => !r.reviewReply) as GoogleReview;
    await connector().publishReply(target.reviewId, "Obrigado!");
    const second = await connector().publishReply(target.reviewId, "Obrigado pela visita, volte sempre!");
    expect((await onSandbox(target.reviewId)).reviewReply?.comment).toBe("Obrigado pela visita, volte sempre!");
    expect(await connector().readReply(target.reviewId)).toEqual({ text: "Obrigado pela visita, volte sempre!", updatedAt: second.publishedAt, status: "PUBLISHED" });
  });

  it("DELETE removes the reply; the review reads as unanswered again", async () => {
    const answered = (await seeded()).find((r) => r.reviewReply) as GoogleReview;
    calls.length = 0;
    await connector().deleteReply(answered.reviewId);
    expect(calls.filter((c) => c.method === "DELETE").map((c) => new URL(c.url).pathname)).toEqual([`/v4/${LISBON}/reviews/${answered.reviewId}/reply`]);
    expect((await onSandbox(answered.reviewId)).reviewReply).toBeUndefined();
    expect(await connector().readReply(answered.reviewId)).toBeNull();
  });

  it("refuses an id that is not a review's, and maps a review that is gone to not_found", async () => {
    calls.length = 0;
    expect((await thrown(connector().deleteReply("a/b"))).kind).toBe("invalid");
    expect(calls).toHaveLength(0);
    expect(await thrown(connector().deleteReply("no-such-review"))).toMatchObject({ kind: "not_found", status: 404 });
  });
});
