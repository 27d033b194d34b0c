import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GoogleReview } from "../../../sandbox/google/types";
import type { FetchLike } from "../http";
import type { ReviewPage } from "../types";
import { collect, googleConnectorHarness, LISBON, MUNICH, thrown } from "./testing";

describe("Google connector against the sandbox", () => {
  const h = googleConnectorHarness();
  const { calls, connector, listCalls, seeded } = h;
  const sbx = () => h.sb();
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  it("lists every seeded review from a null cursor, normalised", async () => {
    const raw = await seeded();
    const pages = await collect(connector().listReviewsSince(null));
    expect(pages).toHaveLength(1);
    const [page] = pages as [ReviewPage];
    expect(page.malformed).toEqual([]);
    expect(page.reviews).toHaveLength(15);
    expect(page.reviews.map((r) => r.externalId)).toEqual(raw.map((r) => r.reviewId));
    const maxUpdate = raw.map((r) => r.updateTime).sort().at(-1);
    expect(page.cursor).toBe(maxUpdate);

    const byAuthor = (name: string) => page.reviews.find((r) => r.authorName === name);
    const daniel = byAuthor("Daniel Okafor");
    const rawDaniel = raw.find((r) => r.reviewer.displayName === "Daniel Okafor");
    expect(daniel).toEqual({
      externalId: rawDaniel?.reviewId,
      authorName: "Daniel Okafor",
      rating: 1,
      platformRating: 1,
      platformScale: 5,
      title: null,
      text: rawDaniel?.comment,
      language: null,
      publishedAt: new Date(rawDaniel?.createTime ?? ""),
      updatedAt: new Date(rawDaniel?.updateTime ?? ""),
      existingReply: null,
      raw: rawDaniel,
    });
    expect(byAuthor("Pedro Santos")).toMatchObject({ rating: 5, text: null });
    expect(byAuthor("A Google user")).toMatchObject({ rating: 3, text: null });
    const hannah = byAuthor("Hannah Whitfield");
    expect(hannah?.existingReply?.text).toMatch(/^Dear Hannah/);
    expect(hannah?.existingReply?.updatedAt).toBeInstanceOf(Date);
    // "(Translated by Google) ... (Original) ...": only the guest's own words are kept.
    expect(byAuthor("Rita Almeida")?.text).toBe(
      "O quarto cheirava a humidade e havia bolor no teto da casa de banho. A receção mudou-nos de quarto no dia seguinte, mas a primeira noite foi desagradável.",
    );
    const emily = byAuthor("Emily Carter");
    expect(emily && emily.updatedAt > emily.publishedAt).toBe(true);
  });

  it("keeps the original of an 'original first, then translation' comment", async () => {
    const pages = await collect(connector({ locationName: MUNICH }).listReviewsSince(null));
    const marco = pages[0]?.reviews.find((r) => r.authorName === "Marco Bianchi");
    expect(marco?.text).toBe(
      "Hotel moderno e ben organizzato, check-in veloce anche a tarda sera. Il parcheggio costa caro ma è comodo.",
    );
  });

  it("walks several pages, moving the cursor only on the last one", async () => {
    const pages = await collect(connector({ pageSize: 4 }).listReviewsSince(null));
    expect(pages.map((p) => p.reviews.length)).toEqual([4, 4, 4, 3]);
    expect(pages.slice(0, 3).map((p) => p.cursor)).toEqual([null, null, null]);
    expect(pages[3]?.cursor).toBe((await seeded()).map((r) => r.updateTime).sort().at(-1));
    expect(new Set(pages.flatMap((p) => p.reviews.map((r) => r.externalId))).size).toBe(15);
    expect(listCalls()).toBe(4);
  });

  it("yields nothing for the cursor it returned", async () => {
    const first = await collect(connector().listReviewsSince(null));
    const cursor = first.at(-1)?.cursor ?? null;
    const second = await collect(connector().listReviewsSince(cursor));
    expect(second).toEqual([{ reviews: [], malformed: [], cursor }]);
  });

  it("after a new review arrives, yields only it and stops at the first page holding known reviews", async () => {
    const cursor = (await collect(connector().listReviewsSince(null))).at(-1)?.cursor ?? null;
    const added = (await (
      await sbx().admin("/_sandbox/google/reviews", { location: LISBON, reviewerName: "New Guest", starRating: 4, comment: "Lovely terrace." })
    ).json()) as GoogleReview;
    calls.length = 0;
    const pages = await collect(connector({ pageSize: 4 }).listReviewsSince(cursor));
    expect(listCalls()).toBe(1);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.reviews.map((r) => [r.externalId, r.authorName, r.rating, r.text])).toEqual([
      [added.reviewId, "New Guest", 4, "Lovely terrace."],
    ]);
    expect(pages[0]?.cursor).toBe(added.updateTime);
  });

  it("yields an edited review again", async () => {
    const cursor = (await collect(connector().listReviewsSince(null))).at(-1)?.cursor ?? null;
    const oldest = (await seeded()).at(-1) as GoogleReview;
    await sbx().admin(`/_sandbox/google/reviews/${oldest.reviewId}/edit`, { comment: "Edited text", starRating: 2 });
    const pages = await collect(connector().listReviewsSince(cursor));
    expect(pages[0]?.reviews.map((r) => [r.externalId, r.text, r.rating])).toEqual([[oldest.reviewId, "Edited text", 2]]);
  });

  it("reports malformed items and keeps the rest of the page", async () => {
    const corrupting: FetchLike = async (input, init) => {
      const res = await fetch(input, init);
      if (!String(input).includes("/reviews?")) return res;
      const body = (await res.json()) as { reviews: Record<string, unknown>[] };
      body.reviews[1] = { ...body.reviews[1], starRating: "SIX" };
      const { createTime: _dropped, ...noCreateTime } = body.reviews[2] ?? {};
      body.reviews[2] = noCreateTime;
      body.reviews[3] = "not a review" as unknown as Record<string, unknown>;
      return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });
    };
    const pages = await collect(connector({ fetch: corrupting }).listReviewsSince(null));
    const page = pages[0] as ReviewPage;
    expect(page.reviews).toHaveLength(12);
    expect(page.malformed).toHaveLength(3);
    expect(page.malformed[0]?.reason).toContain("starRating");
    expect(page.malformed[1]?.reason).toContain("createTime");
    expect(page.malformed[2]?.raw).toBe("not a review");
  });

  it("publishes a reply and reads it back", async () => {
    const target = (await seeded()).find((r) => !r.reviewReply) as GoogleReview;
    const result = await connector().publishReply(target.reviewId, "Obrigado pela visita!");
    expect(result.externalReplyId).toBe(`${target.name}/reply`);
    expect(result.status).toBe("PUBLISHED");
    const stored = (await (await sbx().admin(`/_sandbox/google/reviews/${target.reviewId}`)).json()) as GoogleReview;
    expect(stored.reviewReply?.comment).toBe("Obrigado pela visita!");
    expect(result.publishedAt.toISOString()).toBe(stored.reviewReply?.updateTime);
    const listed = (await collect(connector().listReviewsSince(null)))[0]?.reviews.find((r) => r.externalId === target.reviewId);
    expect(listed?.existingReply?.text).toBe("Obrigado pela visita!");
    expect(await connector().readReply(target.reviewId)).toEqual({ text: "Obrigado pela visita!", updatedAt: result.publishedAt, status: "PUBLISHED" });
  });

  it("reads no reply for an unanswered review, and not_found for a review that is gone", async () => {
    const target = (await seeded()).find((r) => !r.reviewReply) as GoogleReview;
    expect(await connector().readReply(target.reviewId)).toBeNull();
    expect(await thrown(connector().readReply("no-such-review"))).toMatchObject({ kind: "not_found" });
    expect(connector().replyRules).toMatchObject({ via: "api", once: false, maxLength: 4096 });
  });

  it("refuses empty or over-long replies without calling Google, and maps 404", async () => {
    const target = (await seeded())[0] as GoogleReview;
    const tooLong = await thrown(connector().publishReply(target.reviewId, "x".repeat(4097)));
    expect(tooLong.kind).toBe("invalid");
    expect((await thrown(connector().publishReply(target.reviewId, "  "))).kind).toBe("invalid");
    expect(calls).toHaveLength(0);
    const missing = await thrown(connector().publishReply("no-such-review", "Thanks"));
    expect(missing).toMatchObject({ kind: "not_found", status: 404 });
  });

});
