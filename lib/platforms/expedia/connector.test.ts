import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ExpediaReview } from "../../../sandbox/expedia/types";
import type { FetchLike } from "../http";
import type { ReviewPage } from "../types";
import { collect, expediaConnectorHarness, LISBON, MUNICH } from "./testing";

describe("Expedia connector against the sandbox: listing", () => {
  const h = expediaConnectorHarness();
  const { connector, listCalls, seeded } = h;
  const sbx = () => h.sb();
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  const lastCursor = async () => (await collect(connector().listReviewsSince(null))).at(-1)?.cursor ?? null;

  it("lists every review from a null cursor, normalised", async () => {
    const raw = await seeded();
    const pages = await collect(connector().listReviewsSince(null));
    expect(pages).toHaveLength(1);
    const [page] = pages as [ReviewPage];
    expect(page.malformed).toEqual([]);
    expect(page.reviews.map((r) => r.externalId)).toEqual(raw.map((r) => r.id));

    const rawTomasz = raw.find((r) => r.reservation?.primaryGuest?.firstName === "Tomasz") as ExpediaReview;
    expect(page.reviews.find((r) => r.externalId === rawTomasz.id)).toEqual({
      externalId: rawTomasz.id,
      authorName: "Tomasz N.",
      rating: 1,
      platformRating: 1,
      platformScale: 10,
      title: "Rezerwacja zniknęła",
      text: rawTomasz.body.value,
      language: "pl-PL",
      publishedAt: new Date(rawTomasz.createdDateTime),
      updatedAt: new Date(rawTomasz.lastUpdatedDateTime),
      existingReply: null,
      raw: expect.objectContaining({ id: rawTomasz.id, starRatings: rawTomasz.starRatings }),
    });
    const by = (first: string) => page.reviews.find((r) => r.authorName.startsWith(first));
    expect(by("Inês")).toMatchObject({ rating: 5, platformRating: 10, language: "pt-PT", existingReply: { text: expect.stringMatching(/^Cara Inês/) } });
    expect(by("Katrin")).toMatchObject({ rating: 3, platformRating: 6 });
    expect(by("Rafael")).toMatchObject({ rating: 5, text: null, title: null, language: "pt-BR" });
    expect(by("Marcus")).toMatchObject({ title: null, text: expect.stringContaining("🌅") });
    // A pending response is on the platform already; a rejected one is not.
    expect(by("Lucía")?.existingReply?.text).toMatch(/^Estimada Lucía/);
    expect(by("Priya")?.existingReply).toBeNull();
    expect(by("美咲")).toMatchObject({ authorName: "美咲 佐.", language: "ja-JP" });
    expect(by("Expedia guest")).toMatchObject({ rating: 3, platformRating: 5, title: "OK for a night" });
    const julien = by("Julien");
    expect(julien && julien.updatedAt > julien.publishedAt).toBe(true);
  });

  it("walks several pages, moving the cursor only on the last one", async () => {
    const pages = await collect(connector({ pageSize: 4 }).listReviewsSince(null));
    expect(pages.map((p) => p.reviews.length)).toEqual([4, 4, 4, 3]);
    expect(pages.slice(0, 3).map((p) => p.cursor)).toEqual([null, null, null]);
    const cursor = JSON.parse(pages[3]?.cursor ?? "{}") as { v: number; t: string; seen: string[] };
    const raw = await seeded();
    expect(cursor.t).toBe(raw.map((r) => r.lastUpdatedDateTime).sort().at(-1));
    expect(cursor.seen.length).toBeGreaterThan(0);
    expect(new Set(pages.flatMap((p) => p.reviews.map((r) => r.externalId))).size).toBe(15);
    expect(listCalls()).toBe(4);
  });

  it("yields nothing for the cursor it returned, and hands the same cursor back", async () => {
    const cursor = await lastCursor();
    const second = await collect(connector({ pageSize: 4 }).listReviewsSince(cursor));
    expect(second.flatMap((p) => p.reviews)).toEqual([]);
    expect(second.at(-1)?.cursor).toBe(cursor);
  });

  it("a walk cut short stores nothing, and repeating it from the old cursor gets everything", async () => {
    const cursor = await lastCursor();
    const added = (await (await sbx().admin("/_sandbox/expedia/reviews", { propertyId: LISBON, firstName: "Nora", overall: 8, body: "Lovely." })).json()) as ExpediaReview;
    const walk = connector({ pageSize: 1 }).listReviewsSince(cursor)[Symbol.asyncIterator]();
    const first = await walk.next();
    await walk.return?.(undefined);
    expect(first.value?.cursor).toBe(cursor);
    const again = await collect(connector().listReviewsSince(cursor));
    expect(again.flatMap((p) => p.reviews.map((r) => r.externalId))).toEqual([added.id]);
  });

  it("after a new review arrives, yields only it, asking only for recent days", async () => {
    const cursor = await lastCursor();
    const added = (await (
      await sbx().admin("/_sandbox/expedia/reviews", { propertyId: LISBON, firstName: "Nora", lastName: "Berg", overall: 8, title: "Nice", body: "Lovely terrace.", locale: "sv-SE" })
    ).json()) as ExpediaReview;
    h.calls.length = 0;
    const pages = await collect(connector({ pageSize: 4 }).listReviewsSince(cursor));
    // The updatedDate filter keeps the walk to the look-back days: 5 reviews (2 pages), not all 16 (4).
    expect(listCalls()).toBe(2);
    expect(pages.flatMap((p) => p.reviews).map((r) => [r.externalId, r.authorName, r.rating, r.platformRating, r.title, r.text, r.language])).toEqual([
      [added.id, "Nora B.", 4, 8, "Nice", "Lovely terrace.", "sv-SE"],
    ]);
    const next = JSON.parse(pages.at(-1)?.cursor ?? "{}") as { t: string };
    expect(next.t).toBe(added.lastUpdatedDateTime);
    expect(await collect(connector().listReviewsSince(pages.at(-1)?.cursor ?? null))).toEqual([{ reviews: [], malformed: [], cursor: pages.at(-1)?.cursor }]);
  });

  it("picks up a review that surfaces late, stamped before the newest one already seen", async () => {
    const cursor = await lastCursor();
    const newest = (await seeded()).at(-1) as ExpediaReview;
    const late = new Date(Date.parse(newest.lastUpdatedDateTime) - 86_400_000).toISOString();
    const added = (await (await sbx().admin("/_sandbox/expedia/reviews", { propertyId: LISBON, overall: 6, body: "Approved late.", createdDateTime: late })).json()) as ExpediaReview;
    const pages = await collect(connector().listReviewsSince(cursor));
    expect(pages.flatMap((p) => p.reviews.map((r) => r.externalId))).toEqual([added.id]);
  });

  it("yields an edited review again", async () => {
    const cursor = await lastCursor();
    const oldest = (await seeded())[0] as ExpediaReview;
    await sbx().admin(`/_sandbox/expedia/reviews/${oldest.id}/edit`, { body: "Edited text", overall: 4 });
    const pages = await collect(connector().listReviewsSince(cursor));
    expect(pages.flatMap((p) => p.reviews).map((r) => [r.externalId, r.text, r.rating, r.platformRating])).toEqual([[oldest.id, "Edited text", 2, 4]]);
  });

  it("keeps properties apart", async () => {
    const pages = await collect(connector({ propertyId: MUNICH }).listReviewsSince(null));
    expect(pages[0]?.reviews).toHaveLength(15);
    expect(pages[0]?.reviews.some((r) => r.authorName === "Andreas W.")).toBe(true);
    expect(pages[0]?.reviews.find((r) => r.authorName === "George H.")?.text).toMatch(/^Update: the refund/);
  });

  it("reports a malformed item and keeps the rest of the page", async () => {
    const oldest = (await seeded())[0] as ExpediaReview;
    await sbx().admin("/_sandbox/faults", { expedia: { kind: "malformed", count: 1 } });
    const [page] = (await collect(connector().listReviewsSince(null))) as [ReviewPage];
    expect(page.reviews).toHaveLength(14);
    expect(page.reviews.some((r) => r.externalId === oldest.id)).toBe(false);
    expect(page.malformed).toEqual([{ raw: expect.objectContaining({ id: oldest.id, createdDateTime: "not-a-date", body: null }), reason: expect.stringMatching(/createdDateTime/) }]);
    // Malformed items never break the page: other shapes of breakage are caught item by item.
    const corrupting: FetchLike = async (input, init) => {
      const res = await fetch(input, init);
      if (!String(init?.body ?? "").includes("LobbyReviews")) return res;
      const body = (await res.json()) as { data: { property: { reviews: { reviews: unknown[] } } } };
      const list = body.data.property.reviews.reviews as Record<string, unknown>[];
      list[1] = { ...list[1], starRatings: [{ category: "overall", value: "11" }] };
      list[2] = "not a review" as unknown as Record<string, unknown>;
      list[3] = { ...list[3], id: 42 };
      return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    };
    const [corrupted] = (await collect(connector({ fetch: corrupting }).listReviewsSince(null))) as [ReviewPage];
    expect(corrupted.reviews).toHaveLength(12);
    expect(corrupted.malformed.map((m) => m.reason)).toEqual([expect.stringMatching(/overall "11"/), expect.any(String), expect.stringMatching(/^id:/)]);
    expect(corrupted.malformed[1]?.raw).toBe("not a review");
  });

  it("picks a review up once it comes through intact, and does not re-report a broken copy of a stored one", async () => {
    const cursor = await lastCursor();
    const added = (await (await sbx().admin("/_sandbox/expedia/reviews", { propertyId: LISBON, overall: 9, body: "Broken once." })).json()) as ExpediaReview;
    const newer = (await (await sbx().admin("/_sandbox/expedia/reviews", { propertyId: LISBON, overall: 7, body: "Fine." })).json()) as ExpediaReview;
    let broken = 0;
    const breakAddedOnce: FetchLike = async (input, init) => {
      const res = await fetch(input, init);
      if (broken > 0 || !String(init?.body ?? "").includes("LobbyReviews")) return res;
      broken += 1;
      const body = (await res.json()) as { data: { property: { reviews: { reviews: Record<string, unknown>[] } } } };
      body.data.property.reviews.reviews = body.data.property.reviews.reviews.map((r) => (r.id === added.id ? { ...r, starRatings: "ten" } : r));
      return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    };
    const [page] = (await collect(connector({ fetch: breakAddedOnce }).listReviewsSince(cursor))) as [ReviewPage];
    expect(page.reviews.map((r) => r.externalId)).toEqual([newer.id]);
    expect(page.malformed.map((m) => (m.raw as { id: string }).id)).toEqual([added.id]);
    const healed = await collect(connector().listReviewsSince(page.cursor));
    expect(healed.flatMap((p) => p.reviews.map((r) => r.externalId))).toEqual([added.id]);

    // The sandbox's fault breaks the first review of the window, which Lobby stored already.
    await sbx().admin("/_sandbox/faults", { expedia: { kind: "malformed", count: 1 } });
    const quiet = await collect(connector().listReviewsSince(healed.at(-1)?.cursor ?? null));
    expect(quiet).toEqual([{ reviews: [], malformed: [], cursor: healed.at(-1)?.cursor }]);
  });

  it("yields a review repeated across a page boundary once", async () => {
    await sbx().admin("/_sandbox/faults", { expedia: [{ kind: "duplicate", count: 3 }] });
    const pages = await collect(connector({ pageSize: 4 }).listReviewsSince(null));
    const ids = pages.flatMap((p) => p.reviews.map((r) => r.externalId));
    expect(ids).toHaveLength(15);
    expect(new Set(ids).size).toBe(15);
    expect(await (await sbx().admin("/_sandbox/faults")).json()).toEqual({});
  });
});
