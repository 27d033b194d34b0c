import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TripadvisorReview } from "../../../sandbox/tripadvisor/types";
import type { ReviewPage } from "../types";
import { decodeCursor } from "./cursor";
import { ALL_LANGUAGES, collect, LISBON_ID, MUNICH_ID, thrown, tripadvisorConnectorHarness } from "./testing";

describe("Tripadvisor connector against the sandbox", () => {
  const h = tripadvisorConnectorHarness();
  const { calls, connector } = h;
  const admin = (path: string, body?: unknown, method?: string) => h.sb().admin(path, body, method);
  beforeAll(h.start);
  beforeEach(h.reset);
  afterAll(h.stop);

  const cursorOf = (pages: ReviewPage[]) => pages.at(-1)?.cursor ?? null;
  const addReview = async (body: Record<string, unknown>) =>
    (await (await admin("/_sandbox/tripadvisor/reviews", { location: LISBON_ID, ...body })).json()) as TripadvisorReview;

  it("lists the newest reviews of every configured language from a null cursor, normalised", async () => {
    const pages = await collect(connector().listReviewsSince(null));
    expect(pages).toHaveLength(ALL_LANGUAGES.length);
    for (const [i, language] of ALL_LANGUAGES.entries()) {
      const shown = await h.api().list(LISBON_ID, language);
      expect(pages[i]?.reviews.map((r) => r.externalId)).toEqual(shown.map((r) => String(r.id)));
      expect(pages[i]?.malformed).toEqual([]);
      expect(pages[i]?.reviews.every((r) => r.language === language)).toBe(true);
    }
    expect(pages.slice(0, -1).every((p) => p.cursor === null)).toBe(true);
    const all = pages.flatMap((p) => p.reviews);
    const newest = all.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
    expect(decodeCursor(cursorOf(pages))).toEqual({ since: newest.updatedAt, ids: [newest.externalId], languages: [...ALL_LANGUAGES].sort() });

    const raw = (await h.api().list(LISBON_ID, "en")).find((r) => r.user.username === "TheHendersons4") as TripadvisorReview;
    expect(all.find((r) => r.externalId === String(raw.id))).toEqual({
      externalId: String(raw.id),
      authorName: "TheHendersons4",
      rating: 1,
      platformRating: 1,
      platformScale: 5,
      title: "Not suitable with a pushchair & nobody warned us",
      text: raw.text,
      language: "en",
      publishedAt: new Date(raw.published_date),
      updatedAt: new Date(raw.published_date),
      existingReply: { text: raw.owner_response?.text, updatedAt: new Date(raw.owner_response?.published_date ?? "") },
      raw,
    });
    expect(all.find((r) => r.authorName === "nomadnina")).toMatchObject({ rating: 5, existingReply: null, text: expect.stringContaining("🙏") });
    expect(new Set(all.map((r) => r.rating))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it("reads Japanese reviews of the Munich hotel as they are", async () => {
    const pages = await collect(connector({ locationId: MUNICH_ID, languages: ["ja"] }).listReviewsSince(null));
    expect(pages[0]?.reviews.map((r) => [r.authorName, r.title, r.language, r.rating])).toEqual([["Yuki_T", "川沿いの静かなホテル", "ja", 4]]);
  });

  it("asks for English only by default, with the key as a query parameter", async () => {
    const pages = await collect(connector({ languages: undefined }).listReviewsSince(null));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.reviews).toHaveLength(5);
    expect(calls).toEqual([`${h.sb().url}/api/v1/location/${LISBON_ID}/reviews?key=%5Bredacted%5D&language=en`]);
  });

  it("yields nothing new for the cursor it returned, and keeps that cursor", async () => {
    const cursor = cursorOf(await collect(connector().listReviewsSince(null)));
    const again = await collect(connector().listReviewsSince(cursor));
    expect(again.map((p) => p.reviews.length + p.malformed.length)).toEqual(ALL_LANGUAGES.map(() => 0));
    expect(cursorOf(again)).toBe(cursor);
  });

  it("picks up a new review, and only it; one in a language not asked for stays unseen", async () => {
    const cursor = cursorOf(await collect(connector().listReviewsSince(null)));
    await addReview({ lang: "sv", rating: 4, title: "Trevligt", text: "Fint hotell med bra frukost." });
    const added = await addReview({ lang: "pt", username: "Novo_Hospede", rating: 3, title: "Razoável", text: "Quarto limpo, mas o pequeno-almoço era fraco." });
    const pages = await collect(connector().listReviewsSince(cursor));
    const fresh = pages.flatMap((p) => p.reviews);
    expect(fresh.map((r) => [r.externalId, r.authorName, r.rating, r.title, r.language])).toEqual([
      [String(added.id), "Novo_Hospede", 3, "Razoável", "pt"],
    ]);
    expect(decodeCursor(cursorOf(pages))).toMatchObject({ since: new Date(added.published_date), ids: [String(added.id)] });
  });

  it("picks up an edited review again, with its new text and rating", async () => {
    const cursor = cursorOf(await collect(connector().listReviewsSince(null)));
    const oldest = (await h.api().list(LISBON_ID, "fr")).at(-1) as TripadvisorReview;
    await admin(`/_sandbox/tripadvisor/reviews/${oldest.id}/edit`, { rating: 3, text: "Ils se sont excusés depuis, je remonte ma note." });
    const fresh = (await collect(connector().listReviewsSince(cursor))).flatMap((p) => p.reviews);
    expect(fresh.map((r) => [r.externalId, r.rating, r.text])).toEqual([[String(oldest.id), 3, "Ils se sont excusés depuis, je remonte ma note."]]);
  });

  it("never skips a new review published in the same second as the cursor's newest", async () => {
    const at = "2031-01-01T12:00:00Z";
    const first = await addReview({ lang: "en", rating: 5, title: "First", text: "Published at noon." , publishedDate: at });
    const cursor = cursorOf(await collect(connector().listReviewsSince(null)));
    expect(decodeCursor(cursor)).toMatchObject({ since: new Date(at), ids: [String(first.id)] });
    const second = await addReview({ lang: "en", rating: 4, title: "Second", text: "Also published at noon.", publishedDate: at });
    const pages = await collect(connector().listReviewsSince(cursor));
    expect(pages.flatMap((p) => p.reviews).map((r) => r.externalId)).toEqual([String(second.id)]);
    const next = cursorOf(pages);
    expect(decodeCursor(next)?.ids.sort()).toEqual([String(first.id), String(second.id)].sort());
    expect((await collect(connector().listReviewsSince(next))).flatMap((p) => p.reviews)).toEqual([]);
  });

  it("reads a language added to the connection later from scratch", async () => {
    const cursor = cursorOf(await collect(connector({ languages: ["en"] }).listReviewsSince(null)));
    const pages = await collect(connector({ languages: ["en", "pt"] }).listReviewsSince(cursor));
    expect(pages[0]?.reviews).toEqual([]);
    expect(pages[1]?.reviews.map((r) => r.language)).toEqual(["pt", "pt"]);
    expect(decodeCursor(cursorOf(pages))?.languages).toEqual(["en", "pt"]);
  });

  it("treats a cursor it cannot read as no cursor", async () => {
    const pages = await collect(connector({ languages: ["en"] }).listReviewsSince("not-a-cursor"));
    expect(pages[0]?.reviews).toHaveLength(5);
    expect(decodeCursor(pages[0]?.cursor ?? null)?.languages).toEqual(["en"]);
  });

  it("refuses to publish, without calling Tripadvisor, and says the reply is posted by hand", async () => {
    const c = connector();
    expect(c.replyRules).toEqual({ via: "manual", once: true, moderated: true, maxLength: 5000, needsReviewText: false });
    expect(c.completeListing).toBe(false);
    const error = await thrown(c.publishReply("123456789", "Thank you!"));
    expect(error).toMatchObject({ kind: "invalid", platform: "TRIPADVISOR", message: "Tripadvisor replies are posted by hand on the site", retryable: false });
    expect(calls).toEqual([]);
  });

  it("reads back a response posted by hand on the site, as the admin API shows it", async () => {
    const target = (await h.api().list(LISBON_ID, "es"))[0] as TripadvisorReview;
    expect(target.owner_response).toBeUndefined();
    expect(await connector().readReply(String(target.id))).toBeNull();
    await thrown(connector().publishReply(String(target.id), "¡Gracias por su visita!"));
    await admin(`/_sandbox/tripadvisor/reviews/${target.id}/owner-response`, { text: "¡Gracias por su visita!" });
    const stored = (await (await admin(`/_sandbox/tripadvisor/reviews/${target.id}`)).json()) as TripadvisorReview;
    expect(await connector().readReply(String(target.id))).toEqual({
      text: "¡Gracias por su visita!",
      updatedAt: new Date(stored.owner_response?.published_date ?? ""),
      status: "PUBLISHED",
    });
    const listed = (await collect(connector({ languages: ["es"] }).listReviewsSince(null)))[0]?.reviews[0];
    expect(listed?.existingReply?.text).toBe("¡Gracias por su visita!");
  });

  it("reads a seeded response; null for a review the API no longer shows; refuses a malformed id", async () => {
    const answered = (await h.api().list(LISBON_ID, "en")).find((r) => r.owner_response) as TripadvisorReview;
    expect(await connector().readReply(String(answered.id))).toMatchObject({ text: answered.owner_response?.text, status: "PUBLISHED" });
    calls.length = 0;
    expect(await connector().readReply("999999999")).toBeNull();
    expect(calls).toHaveLength(ALL_LANGUAGES.length);
    expect((await thrown(connector().readReply("abc"))).kind).toBe("invalid");
  });
});
