import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../app";
import { TEST_BASE_DATE, type RunningSandbox } from "../testing";
import { TRIPADVISOR_SANDBOX_API_KEY, TRIPADVISOR_SANDBOX_LANGUAGES } from "./seed";
import { LISBON_ID, MUNICH_ID, startTripadvisorSandbox, tripadvisorClient } from "./testing";
import type { TripadvisorReview } from "./types";

const TA_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const envelope = (code: number, type: string) => ({ error: { message: expect.any(String), type, code } });

describe("Tripadvisor sandbox: location reviews", () => {
  let sb: RunningSandbox;
  let ta: ReturnType<typeof tripadvisorClient>;
  beforeAll(async () => {
    sb = await startTripadvisorSandbox();
    ta = tripadvisorClient(sb);
  });
  afterAll(() => sb.sandbox.close());

  it("answers the five most recent English reviews by default, newest first, in the Content API's shape", async () => {
    const res = await ta.reviews(LISBON_ID);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: TripadvisorReview[] };
    expect(Object.keys(body)).toEqual(["data"]);
    const reviews = body.data;
    expect(reviews).toHaveLength(5);
    const allEnglish = (await ta.all(LISBON_ID)).filter((r) => r.lang === "en");
    expect(allEnglish.length).toBeGreaterThan(5); // so the cut to five is real
    for (const r of reviews) {
      expect(r).toMatchObject({ lang: "en", location_id: Number(LISBON_ID), rating: expect.any(Number), helpful_votes: expect.any(Number) });
      expect(Number.isInteger(r.id)).toBe(true);
      expect(r.published_date).toMatch(TA_DATE);
      expect(r.travel_date).toMatch(/^\d{4}-\d{2}$/);
      expect(r.url).toBe(`https://www.tripadvisor.com/ShowUserReviews-g189158-d${LISBON_ID}-r${r.id}-Casa_Azulejo_Lisboa-Lisbon_Lisbon_District_Central_Portugal.html`);
      expect(r.rating_image_url).toContain(`s${r.rating}.0`);
      expect(r.title.length).toBeGreaterThan(0);
      expect(r.text.length).toBeGreaterThan(0);
      expect(typeof r.user.username).toBe("string");
      const age = TEST_BASE_DATE.getTime() - Date.parse(r.published_date);
      expect(age).toBeGreaterThan(0);
      expect(age).toBeLessThan(50 * 86_400_000);
    }
    const dates = reviews.map((r) => r.published_date);
    expect(dates).toEqual([...dates].sort().reverse());
    const newestEnglish = allEnglish.map((r) => r.published_date).sort().reverse().slice(0, 5);
    expect(dates).toEqual(newestEnglish);
  });

  it("filters by language (region codes too) and answers an empty list for a language nobody wrote in", async () => {
    for (const language of ["de", "fr", "it", "ja"]) {
      const reviews = await ta.list(MUNICH_ID, language);
      expect(reviews.length).toBeGreaterThan(0);
      expect(reviews.every((r) => r.lang === language)).toBe(true);
    }
    expect(await ta.list(MUNICH_ID, "de")).toHaveLength(5);
    expect((await ta.list(MUNICH_ID, "ja"))[0]?.title).toBe("川沿いの静かなホテル");
    expect(await ta.list(LISBON_ID, "pt_BR")).toEqual([]);
    expect(await ta.list(LISBON_ID, "sv")).toEqual([]);
    const bad = await ta.reviews(LISBON_ID, { language: "english please" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual(envelope(400, "InvalidParameterException"));
  });

  it("seeds varied reviews: every rating, several languages, management responses, missing optional fields", async () => {
    for (const id of [LISBON_ID, MUNICH_ID]) {
      const all = await ta.all(id);
      expect(all.length).toBeGreaterThanOrEqual(12);
      expect(all.length).toBeLessThanOrEqual(20);
      expect(new Set(all.map((r) => r.rating))).toEqual(new Set([1, 2, 3, 4, 5]));
      expect(new Set(all.map((r) => r.lang)).size).toBeGreaterThanOrEqual(6);
      expect(all.every((r) => (TRIPADVISOR_SANDBOX_LANGUAGES as readonly string[]).includes(r.lang))).toBe(true);
      expect(all.filter((r) => r.owner_response).length).toBeGreaterThanOrEqual(2);
      expect(all.some((r) => r.user.user_location === undefined)).toBe(true);
      expect(all.some((r) => Object.keys(r.subratings).length === 0)).toBe(true);
      expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    }
    // A management response is visible through the API (unconfirmed whether the real one shows it).
    const answered = (await ta.list(LISBON_ID, "fr")).find((r) => r.owner_response);
    expect(answered?.owner_response).toMatchObject({ lang: "fr", text: expect.stringContaining("excuses"), published_date: expect.stringMatching(TA_DATE) });
  });

  it("is deterministic for a given base date", () => {
    const a = createSandbox({ baseDate: TEST_BASE_DATE });
    const b = createSandbox({ baseDate: TEST_BASE_DATE });
    expect([...a.state.tripadvisor.locations.values()]).toEqual([...b.state.tripadvisor.locations.values()]);
  });

  it("pages through the shown reviews with limit and offset, never beyond five", async () => {
    const full = await ta.list(LISBON_ID);
    const pages: TripadvisorReview[][] = [];
    for (let offset = 0; offset < 6; offset += 2) {
      const res = await ta.reviews(LISBON_ID, { limit: "2", offset: String(offset) });
      pages.push(((await res.json()) as { data: TripadvisorReview[] }).data);
    }
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((r) => r.id)).toEqual(full.map((r) => r.id));
    const big = await ta.reviews(LISBON_ID, { limit: "50" });
    expect(((await big.json()) as { data: unknown[] }).data).toHaveLength(5);
    const badQueries: Record<string, string>[] = [{ limit: "0" }, { limit: "two" }, { offset: "-1" }];
    for (const query of badQueries) {
      const res = await ta.reviews(LISBON_ID, query);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual(envelope(400, "InvalidParameterException"));
    }
  });

  it("answers 401 without a key and 403 for an unknown key, in Tripadvisor's envelope, never echoing the key", async () => {
    const missing = await ta.reviews(LISBON_ID, {}, null);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual(envelope(401, "UnauthorizedException"));
    const wrongKey = "0000WRONGKEY0000";
    const wrong = await ta.reviews(LISBON_ID, {}, wrongKey);
    expect(wrong.status).toBe(403);
    const text = await wrong.text();
    expect(JSON.parse(text)).toEqual(envelope(403, "AccessDeniedException"));
    expect(text).not.toContain(wrongKey);
    // The key goes in the query string: a header alone is not enough.
    const header = await fetch(`${sb.url}/api/v1/location/${LISBON_ID}/reviews`, { headers: { "X-TripAdvisor-API-Key": TRIPADVISOR_SANDBOX_API_KEY } });
    expect(header.status).toBe(401);
  });

  it("answers unknown locations, malformed ids, unknown endpoints and wrong methods in Tripadvisor's envelope", async () => {
    const unknown = await ta.reviews("12345");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual(envelope(404, "NotFoundException"));
    const malformed = await ta.reviews("casa-azulejo");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual(envelope(400, "InvalidParameterException"));
    const endpoint = await fetch(`${sb.url}/api/v1/location/${LISBON_ID}/reviewz?key=${TRIPADVISOR_SANDBOX_API_KEY}`);
    expect(endpoint.status).toBe(404);
    expect(await endpoint.json()).toEqual(envelope(404, "NotFoundException"));
    const post = await fetch(`${sb.url}/api/v1/location/${LISBON_ID}/reviews?key=${TRIPADVISOR_SANDBOX_API_KEY}`, { method: "POST", body: "{}" });
    expect(post.status).toBe(405);
    expect(await post.json()).toEqual(envelope(405, "MethodNotAllowedException"));
  });
});
