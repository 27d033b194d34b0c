import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LISBON_ID, MUNICH_ID, type WireReview } from "../../../sandbox/booking/testing";
import type { FetchLike } from "../http";
import type { ReviewPage } from "../types";
import { decodeCursor } from "./cursor";
import { bookingConnectorHarness, collect, lastCursor } from "./testing";

const toDate = (bookingTime: string) => new Date(`${bookingTime.replace(" ", "T")}Z`);

describe("Booking.com connector against the sandbox: listing", () => {
  const h = bookingConnectorHarness();
  const { calls, connector, listCalls } = h;
  const sbx = () => h.sb();
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  const byAuthor = (pages: ReviewPage[], name: string) => pages.flatMap((p) => p.reviews).find((r) => r.authorName === name);

  it("lists every review from a null cursor, normalised, ending on Booking's empty page", async () => {
    const raw = sbx().reviews(LISBON_ID);
    const pages = await collect(connector().listReviewsSince(null));
    expect(pages.map((p) => p.reviews.length)).toEqual([raw.length, 0]);
    expect(pages[0]?.cursor).toBeNull();
    expect(pages.flatMap((p) => p.malformed)).toEqual([]);
    expect(pages[0]?.reviews.map((r) => r.externalId)).toEqual(raw.map((r) => r.review_id));

    const ines = raw.find((r) => r.reviewer.name === "Inês Carvalho") as WireReview;
    expect(byAuthor(pages, "Inês Carvalho")).toEqual({
      externalId: ines.review_id,
      authorName: "Inês Carvalho",
      rating: 4,
      platformRating: 7,
      platformScale: 10,
      title: "Bom, mas o pequeno-almoço acaba cedo",
      text: `${ines.content?.positive}\n\n${ines.content?.negative}`,
      textParts: { positive: ines.content?.positive, negative: ines.content?.negative },
      language: "pt-PT",
      publishedAt: toDate(ines.created_timestamp),
      updatedAt: toDate(ines.last_change_timestamp),
      existingReply: { text: ines.reply?.text, updatedAt: toDate(ines.reply?.created_timestamp ?? "") },
      raw: ines,
    });
    // Subscores stay in raw for whoever needs them.
    expect((byAuthor(pages, "Inês Carvalho")?.raw as WireReview).scoring.clean).toEqual(expect.any(Number));

    expect(byAuthor(pages, "Rui")).toMatchObject({ rating: 4, platformRating: 8, title: null, text: null, textParts: { positive: null, negative: null }, language: null });
    const anonymous = pages.flatMap((p) => p.reviews).filter((r) => r.authorName === "Anonymous");
    expect(anonymous.map((r) => [r.rating, r.platformRating, r.text])).toEqual([
      [3, 5, null],
      [5, 10, null],
    ]);
    expect(byAuthor(pages, "Hannes")).toMatchObject({ title: "Okay für eine Nacht", text: null, language: "de" });
    expect(byAuthor(pages, "Emma Lindqvist")).toMatchObject({ rating: 1, textParts: { positive: null }, existingReply: null });
    expect(byAuthor(pages, "Emma Lindqvist")?.text).toMatch(/^We booked a double/);
    expect(byAuthor(pages, "Lucía Romero")?.existingReply?.text).toMatch(/^¡Muchas gracias/);
    expect(byAuthor(pages, "Pieter de Vries")).toMatchObject({ rating: 4, platformRating: 7.9, language: "nl" });
    expect(byAuthor(pages, "Olivia Hart")?.text).toContain("\nThe rooftop");
    expect(byAuthor(pages, "Gaëlle Moreau")).toMatchObject({ rating: 1, language: "fr" });

    const cursor = decodeCursor(lastCursor(pages), LISBON_ID);
    expect(cursor?.since).toBe(toDate(raw.at(-1)?.last_change_timestamp ?? "").toISOString());
    expect(cursor?.next).toMatch(new RegExp(`^/review-api/properties/${LISBON_ID}/reviews\\?cursor=`));
  });

  it("walks several pages, moving the cursor only on the last one", async () => {
    const pages = await collect(connector({ pageSize: 5 }).listReviewsSince(null));
    expect(pages.map((p) => p.reviews.length)).toEqual([5, 5, 5, 4, 0]);
    expect(pages.slice(0, 4).map((p) => p.cursor)).toEqual([null, null, null, null]);
    expect(pages[4]?.cursor).not.toBeNull();
    expect(new Set(pages.flatMap((p) => p.reviews.map((r) => r.externalId))).size).toBe(19);
    expect(listCalls()).toBe(5);
    expect(calls[0]?.url).toBe(`${sbx().url}/review-api/properties/${LISBON_ID}/reviews?limit=5`);
  });

  it("yields nothing for the cursor it returned, with one call", async () => {
    const cursor = lastCursor(await collect(connector().listReviewsSince(null)));
    calls.length = 0;
    expect(await collect(connector().listReviewsSince(cursor))).toEqual([{ reviews: [], malformed: [], cursor }]);
    expect(listCalls()).toBe(1);
  });

  it("picks up a new review and an edited one, in the order they changed, then nothing again", async () => {
    const cursor = lastCursor(await collect(connector().listReviewsSince(null)));
    const oldest = sbx().reviews(LISBON_ID)[0] as WireReview;
    await sbx().admin(`/_sandbox/booking/reviews/${oldest.review_id}/edit`, { score: 2, negative: "The heating broke on our last night." });
    const added = (await (await sbx().admin("/_sandbox/booking/reviews", { property: LISBON_ID, reviewerName: "New Guest", score: 9, positive: "Lovely terrace.", language: "en-gb" })).json()) as WireReview;
    const pages = await collect(connector().listReviewsSince(cursor));
    expect(pages.flatMap((p) => p.reviews).map((r) => [r.externalId, r.rating, r.text])).toEqual([
      [oldest.review_id, 1, "The heating broke on our last night."],
      [added.review_id, 5, "Lovely terrace."],
    ]);
    const next = lastCursor(pages);
    expect(decodeCursor(next, LISBON_ID)?.since).toBe(toDate(added.last_change_timestamp).toISOString());
    expect((await collect(connector().listReviewsSince(next))).flatMap((p) => p.reviews)).toEqual([]);
  });

  it("falls back to from_date when Booking refuses the stored cursor, losing nothing changed since", async () => {
    const cursor = lastCursor(await collect(connector().listReviewsSince(null)));
    await sbx().admin("/_sandbox/reset", {}); // the sandbox forgets its cursors, as an expired one would be
    const added = (await (await sbx().admin("/_sandbox/booking/reviews", { property: LISBON_ID, score: 6, negative: "Noisy." })).json()) as WireReview;
    calls.length = 0;
    const pages = await collect(connector().listReviewsSince(cursor));
    const since = decodeCursor(cursor, LISBON_ID)?.since ?? "";
    expect(calls[1]?.url).toContain(`from_date=${new Date(Date.parse(since) - 86_400_000).toISOString().slice(0, 10)}`);
    const ids = pages.flatMap((p) => p.reviews.map((r) => r.externalId));
    // The newest seeded change (== since) is repeated, harmlessly; nothing older is.
    expect(ids).toEqual([sbx().reviews(LISBON_ID).at(-2)?.review_id, added.review_id]);
    expect((await collect(connector().listReviewsSince(lastCursor(pages)))).flatMap((p) => p.reviews)).toEqual([]);
  });

  it("copes with Booking leaving next_page off the last page", async () => {
    // The variant where the last page carries no next_page at all (unconfirmed which one Booking does).
    const lastHasNoNextPage = (pageSize: number): FetchLike => async (input, init) => {
      calls.push({ method: init?.method ?? "GET", url: String(input) });
      const res = await fetch(input, init);
      if (!/\/reviews\?/.test(String(input))) return res;
      const body = (await res.json()) as { meta: Record<string, unknown>; data: { reviews: unknown[] } };
      if (body.data.reviews.length < pageSize) delete body.meta.next_page;
      return new Response(JSON.stringify(body), { status: res.status, headers: { "content-type": "application/json" } });
    };
    const newestChange = toDate(sbx().reviews(LISBON_ID).at(-1)?.last_change_timestamp ?? "").toISOString();

    // Reached through a cursor: that page's own cursor is kept, and the next poll reads it again.
    const paged = connector({ fetch: lastHasNoNextPage(5), pageSize: 5 });
    const pages = await collect(paged.listReviewsSince(null));
    expect(pages.map((p) => p.reviews.length)).toEqual([5, 5, 5, 4]);
    const lastUrl = new URL(calls.at(-1)?.url ?? "");
    expect(decodeCursor(lastCursor(pages), LISBON_ID)).toEqual({ next: `${lastUrl.pathname}${lastUrl.search}`, since: newestChange });
    const added = (await (await sbx().admin("/_sandbox/booking/reviews", { property: LISBON_ID, score: 8, positive: "Great." })).json()) as WireReview;
    const again = (await collect(paged.listReviewsSince(lastCursor(pages)))).flatMap((p) => p.reviews.map((r) => r.externalId));
    expect(again).toEqual([...pages[3]!.reviews.map((r) => r.externalId), added.review_id]);

    // A single page and no cursor at all: the next poll starts from the day before `since`.
    await h.reset();
    const single = connector({ fetch: lastHasNoNextPage(100) });
    const one = await collect(single.listReviewsSince(null));
    expect(one.map((p) => p.reviews.length)).toEqual([19]);
    expect(decodeCursor(lastCursor(one), LISBON_ID)).toEqual({ next: null, since: newestChange });
    const added2 = (await (await sbx().admin("/_sandbox/booking/reviews", { property: LISBON_ID, score: 3, negative: "Cold room." })).json()) as WireReview;
    calls.length = 0;
    const later = (await collect(single.listReviewsSince(lastCursor(one)))).flatMap((p) => p.reviews.map((r) => r.externalId));
    expect(calls[0]?.url).toContain("from_date=2025-05-29");
    expect(later).toEqual([sbx().reviews(LISBON_ID).at(-2)?.review_id, added2.review_id]);
  });

  it("walks everything again for a cursor it cannot read, or one of another property", async () => {
    const munichCursor = lastCursor(await collect(connector({ propertyId: MUNICH_ID }).listReviewsSince(null)));
    for (const cursor of ["not json at all", '{"v":2}', munichCursor]) {
      const pages = await collect(connector().listReviewsSince(cursor));
      expect(pages.flatMap((p) => p.reviews)).toHaveLength(19);
    }
  });

  it("reports malformed items with a reason and keeps the rest of the page", async () => {
    await sbx().admin("/_sandbox/faults", { booking: { kind: "malformed", count: 1 } });
    const corrupting: FetchLike = async (input, init) => {
      const res = await fetch(input, init);
      if (!/\/reviews\?limit/.test(String(input))) return res;
      const body = (await res.json()) as { data: { reviews: unknown[] } };
      body.data.reviews[2] = "not a review";
      body.data.reviews[3] = { ...(body.data.reviews[3] as object), last_change_timestamp: "yesterday" };
      return new Response(JSON.stringify(body), { status: 200 });
    };
    const pages = await collect(connector({ fetch: corrupting }).listReviewsSince(null));
    const malformed = pages.flatMap((p) => p.malformed);
    expect(malformed).toHaveLength(3);
    expect(malformed[0]?.reason).toMatch(/created_timestamp.*scoring\.review_score|scoring\.review_score.*created_timestamp/);
    expect(malformed[1]).toEqual({ raw: "not a review", reason: expect.stringContaining("review") });
    expect(malformed[2]?.reason).toContain("last_change_timestamp");
    expect(pages.flatMap((p) => p.reviews)).toHaveLength(16);
  });

  it("yields a review repeated across pages only once", async () => {
    await sbx().admin("/_sandbox/faults", { booking: [{ kind: "duplicate", count: 2 }] });
    const pages = await collect(connector({ pageSize: 5 }).listReviewsSince(null));
    const ids = pages.flatMap((p) => p.reviews.map((r) => r.externalId));
    expect(ids).toHaveLength(19);
    expect(new Set(ids).size).toBe(19);
  });
});
