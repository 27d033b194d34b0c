import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { TRUSTPILOT_SANDBOX_BUSINESS_USER_ID } from "../../../sandbox/trustpilot/seed";
import { trustpilotClient } from "../../../sandbox/trustpilot/testing";
import type { ReviewPage } from "../types";
import { decodeCursor } from "./cursor";
import { collect, LISBON, MUNICH, thrown, trustpilotConnectorHarness } from "./testing";

const HOUR = 3_600_000;

describe("Trustpilot connector against the sandbox", () => {
  const h = trustpilotConnectorHarness();
  const { calls, connector, listCalls, seeded } = h;
  const sbx = () => h.sb();
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  const walk = async (cursor: string | null, overrides = {}) => collect(connector(overrides).listReviewsSince(cursor));
  const lastCursor = (pages: ReviewPage[]) => pages.at(-1)?.cursor ?? null;

  it("lists every review from a null cursor, normalised", async () => {
    const raw = await seeded();
    const pages = await walk(null);
    expect(pages).toHaveLength(1);
    const [page] = pages as [ReviewPage];
    expect(page.malformed).toEqual([]);
    expect(page.reviews.map((r) => r.externalId)).toEqual(raw.map((r) => r.id));

    const byAuthor = (name: string) => page.reviews.find((r) => r.authorName === name);
    const rawOliver = raw.find((r) => r.consumer.displayName === "Oliver Bennett");
    expect(byAuthor("Oliver Bennett")).toEqual({
      externalId: rawOliver?.id,
      authorName: "Oliver Bennett",
      rating: 2,
      platformRating: 2,
      platformScale: 5,
      title: "Lovely building, shame about the hot water",
      text: rawOliver?.text,
      language: "en",
      publishedAt: new Date(rawOliver?.createdAt ?? ""),
      updatedAt: new Date(rawOliver?.createdAt ?? ""), // never edited: updatedAt is null on Trustpilot
      existingReply: null,
      raw: { ...rawOliver, links: [expect.objectContaining({ rel: "reviews" })] },
    });
    const edited = byAuthor("M. K.");
    expect(edited && edited.updatedAt > edited.publishedAt).toBe(true);
    expect(edited?.text).toContain("\n\nThe staff were polite");
    expect(byAuthor("Lucía Romero")?.existingReply?.text).toMatch(/^¡Muchas gracias, Lucía!/);
    // A replaced reply carries the time it was replaced.
    const giulia = raw.find((r) => r.consumer.displayName === "Giulia Ferri");
    expect(byAuthor("Giulia Ferri")?.existingReply?.updatedAt).toEqual(new Date(giulia?.companyReply?.updatedAt ?? ""));
    expect(new Set(page.reviews.map((r) => r.language))).toEqual(new Set(["en", "pt", "es", "fr", "de", "it", "nl", "pl", "sv", "da"]));

    const cursor = decodeCursor(page.cursor);
    const newest = raw.map((r) => [r.createdAt, r.updatedAt, r.companyReply?.createdAt, r.companyReply?.updatedAt]).flat().filter((t): t is string => !!t).sort().at(-1);
    expect(cursor).toEqual({ v: 1, at: new Date(newest ?? "").toISOString(), ids: [expect.any(String)], fullAt: new Date(h.clock.now).toISOString() });
  });

  it("walks several pages in creation order, moving the cursor only on the last one", async () => {
    const pages = await walk(null, { perPage: 4 });
    expect(pages.map((p) => p.reviews.length)).toEqual([4, 4, 4, 2]);
    expect(pages.slice(0, 3).map((p) => p.cursor)).toEqual([null, null, null]);
    expect(decodeCursor(lastCursor(pages))).not.toBeNull();
    expect(new Set(pages.flatMap((p) => p.reviews.map((r) => r.externalId))).size).toBe(14);
    expect(listCalls()).toBe(4);
    expect(calls.filter((c) => c.url.includes("/reviews?")).map((c) => new URL(c.url).searchParams.get("page"))).toEqual(["1", "2", "3", "4"]);
  });

  it("yields nothing for the cursor it returned, reading only the look-back window", async () => {
    const cursor = lastCursor(await walk(null));
    calls.length = 0;
    const second = await walk(cursor);
    expect(second).toEqual([{ reviews: [], malformed: [], cursor }]);
    const url = new URL(calls.find((c) => c.url.includes("/reviews?"))?.url ?? "");
    const at = Date.parse(decodeCursor(cursor)?.at ?? "");
    expect(url.searchParams.get("startDateTime")).toBe(new Date(at - 14 * 24 * HOUR).toISOString().slice(0, 19));
    expect(url.searchParams.get("orderBy")).toBe("createdat.desc");
    expect(url.searchParams.get("perPage")).toBe("100");
  });

  it("picks up a new review, and then stands still again", async () => {
    const cursor = lastCursor(await walk(null));
    const added = await h.addReview({ consumerName: "New Guest", stars: 4, text: "Lovely terrace.", language: "en" });
    const pages = await walk(cursor);
    expect(pages).toHaveLength(1);
    expect(pages[0]?.reviews.map((r) => [r.externalId, r.authorName, r.rating, r.text])).toEqual([[added.id, "New Guest", 4, "Lovely terrace."]]);
    const next = lastCursor(pages);
    expect(decodeCursor(next)).toMatchObject({ at: new Date(added.createdAt).toISOString(), ids: [added.id] });
    expect((await walk(next))[0]?.reviews).toEqual([]);
  });

  it("still picks up a review created in the same second as the newest one it has seen", async () => {
    const first = await h.addReview({ text: "First in this second." });
    const cursor = lastCursor(await walk(null));
    const twin = await h.addReview({ text: "Second in the same second.", createdAt: new Date(first.createdAt).toISOString() });
    expect(twin.createdAt).toBe(first.createdAt);
    const pages = await walk(cursor);
    expect(pages[0]?.reviews.map((r) => r.externalId)).toEqual([twin.id]);
    expect(decodeCursor(lastCursor(pages))?.ids).toEqual([first.id, twin.id].sort());
  });

  it("picks up an edit of a recent review at once", async () => {
    const cursor = lastCursor(await walk(null));
    const recent = (await seeded())[3];
    await sbx().admin(`/_sandbox/trustpilot/reviews/${recent?.id}/edit`, { text: "Edited text", stars: 2 });
    const pages = await walk(cursor);
    expect(pages[0]?.reviews.map((r) => [r.externalId, r.text, r.rating])).toEqual([[recent?.id, "Edited text", 2]]);
    const review = pages[0]?.reviews[0];
    expect(review && review.updatedAt > review.publishedAt).toBe(true);
  });

  it("picks up an edit of an old review at the next daily full walk", async () => {
    const cursor = lastCursor(await walk(null));
    const oldest = (await seeded()).at(-1);
    await sbx().admin(`/_sandbox/trustpilot/reviews/${oldest?.id}/edit`, { text: "Changed my mind about this place." });
    expect((await walk(cursor))[0]?.reviews).toEqual([]); // outside the look-back window
    h.clock.now += 25 * HOUR;
    calls.length = 0;
    const pages = await walk(cursor);
    expect(calls.some((c) => c.url.includes("startDateTime"))).toBe(false);
    expect(pages[0]?.reviews.map((r) => [r.externalId, r.text])).toEqual([[oldest?.id, "Changed my mind about this place."]]);
    expect(decodeCursor(lastCursor(pages))?.fullAt).toBe(new Date(h.clock.now).toISOString());
  });

  it("picks up a reply written on Trustpilot itself", async () => {
    const cursor = lastCursor(await walk(null));
    const target = (await seeded()).find((r) => !r.companyReply);
    const res = await trustpilotClient(sbx()).api(`/v1/private/reviews/${target?.id}/reply`, {
      method: "POST",
      body: JSON.stringify({ message: "Answered in Trustpilot Business.", authorBusinessUserId: TRUSTPILOT_SANDBOX_BUSINESS_USER_ID }),
    });
    expect(res.status).toBe(201);
    const pages = await walk(cursor);
    expect(pages[0]?.reviews.map((r) => [r.externalId, r.existingReply?.text])).toEqual([[target?.id, "Answered in Trustpilot Business."]]);
  });

  it("reports a malformed item and keeps the rest of the page", async () => {
    await sbx().admin("/_sandbox/faults", { trustpilot: { kind: "malformed", count: 1 } });
    const [page] = (await walk(null)) as [ReviewPage];
    expect(page.reviews).toHaveLength(13);
    expect(page.malformed).toHaveLength(1);
    expect(page.malformed[0]?.reason).toMatch(/stars/);
    expect(page.malformed[0]?.reason).toMatch(/createdAt/);
    expect(page.malformed[0]?.raw).toMatchObject({ stars: "five" });
  });

  it("keeps a duplicated item (shifted across a page boundary) once", async () => {
    await sbx().admin("/_sandbox/faults", { trustpilot: { kind: "duplicate", count: 2 } });
    const pages = await walk(null, { perPage: 4 });
    const ids = pages.flatMap((p) => p.reviews.map((r) => r.externalId));
    expect(ids).toHaveLength(14);
    expect(new Set(ids).size).toBe(14);
    expect(pages.every((p) => p.malformed.length === 0)).toBe(true);
  });

  it("publishes a reply as the business user and reads it back", async () => {
    const target = (await seeded()).find((r) => !r.companyReply);
    const id = target?.id ?? "";
    const result = await connector().publishReply(id, "Obrigado pela visita!");
    expect(result).toEqual({ externalReplyId: `${id}/reply`, status: "PUBLISHED", publishedAt: expect.any(Date) });
    const stored = await h.adminReview(id);
    expect(stored.companyReply).toMatchObject({ text: "Obrigado pela visita!", authorBusinessUserId: TRUSTPILOT_SANDBOX_BUSINESS_USER_ID });
    const read = await connector().readReply(id);
    expect(read).toEqual({ text: "Obrigado pela visita!", updatedAt: new Date(stored.companyReply?.createdAt ?? ""), status: "PUBLISHED" });
    expect(Math.abs(result.publishedAt.getTime() - (read?.updatedAt.getTime() ?? 0))).toBeLessThan(2000);
    const listed = (await walk(null))[0]?.reviews.find((r) => r.externalId === id);
    expect(listed?.existingReply?.text).toBe("Obrigado pela visita!");
    // Posting again replaces the reply (Trustpilot allows edits).
    await connector().publishReply(id, "Muito obrigado pela visita!");
    expect((await connector().readReply(id))?.text).toBe("Muito obrigado pela visita!");
    expect(calls.filter((c) => c.url.endsWith(`/v1/reviews/${id}`)).length).toBe(2); // the public endpoint, with the API key
  });

  it("keeps a reply that was stored although its answer was lost, so readReply prevents a second post", async () => {
    const target = (await seeded()).find((r) => !r.companyReply);
    await sbx().admin("/_sandbox/faults", { trustpilot: { kind: "lose-response", count: 1 } });
    const lost = await thrown(connector().publishReply(target?.id ?? "", "Thank you!"));
    expect(lost).toMatchObject({ kind: "unavailable", retryable: true });
    expect(await connector().readReply(target?.id ?? "")).toMatchObject({ text: "Thank you!", status: "PUBLISHED" });
  });

  it("reads no reply for an unanswered review, and not_found for a review that is gone", async () => {
    const target = (await seeded()).find((r) => !r.companyReply);
    expect(await connector().readReply(target?.id ?? "")).toBeNull();
    expect(await thrown(connector().readReply("0".repeat(24)))).toMatchObject({ kind: "not_found", status: 404 });
    expect(connector().replyRules).toEqual({ via: "api", once: false, moderated: false, maxLength: 2048, needsReviewText: false });
  });

  it("enforces the reply rules before calling Trustpilot", async () => {
    const target = (await seeded())[0];
    const id = target?.id ?? "";
    expect(await thrown(connector().publishReply(id, "x".repeat(2049)))).toMatchObject({ kind: "invalid", message: expect.stringContaining("2048") });
    expect((await thrown(connector().publishReply(id, " \n "))).kind).toBe("invalid");
    expect((await thrown(connector().publishReply("../business-units", "Hi"))).kind).toBe("invalid");
    expect(calls).toHaveLength(0);
    // Characters, not UTF-16 units: 2048 emoji are fine.
    await connector().publishReply(id, "🙂".repeat(2048));
    expect((await h.adminReview(id)).companyReply?.text).toBe("🙂".repeat(2048));
    expect(await thrown(connector().publishReply("0".repeat(24), "Thanks"))).toMatchObject({ kind: "not_found", status: 404 });
  });

  it("reads another business unit when pointed at it", async () => {
    const pages = await walk(null, { businessUnitId: MUNICH });
    expect(pages[0]?.reviews).toHaveLength(13);
    expect(pages[0]?.reviews.some((r) => r.authorName === "Stefanie Huber")).toBe(true);
    expect(LISBON).not.toBe(MUNICH);
  });
});
